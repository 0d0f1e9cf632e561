/**
 * The Node build (ADAPTER=node npm run build → build-node/) behind the one header a static
 * host cannot get from <meta>: frame-ancestors. `node server/serve.js`; settings:
 *   PORT (3000), HOST (127.0.0.1), ORIGIN (the public origin, read by adapter-node),
 *   FRAME_ANCESTORS (who may embed: e.g. "https://news.example https://*.example.org").
 */
import http from 'node:http';
import { handler } from '../build-node/handler.js';
import { frameAncestors, parseAllowList } from './frame-ancestors.js';

const allowList = parseAllowList(process.env.FRAME_ANCESTORS);
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const server = http.createServer((req, res) => {
	const path = new URL(req.url ?? '/', 'http://x').pathname;
	// A second CSP header: browsers enforce every policy, so this adds to the page's <meta> one.
	res.setHeader('content-security-policy', frameAncestors(path, allowList));
	res.setHeader('x-content-type-options', 'nosniff');
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});
server.listen(port, host, () => console.log(`News map on http://${host}:${port}/ (frame-ancestors for embeds: ${allowList.join(' ')})`));
