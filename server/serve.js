/**
 * The Node build (ADAPTER=node npm run build → build-node/) behind the headers a static host
 * cannot get from <meta>: frame-ancestors, Referrer-Policy, Permissions-Policy, Cache-Control on
 * HTML, charset on text. `ORIGIN=https://map.example.org node server/serve.js`; settings in
 * config.js. Answers GET and HEAD only. Start-up faults (no ORIGIN, a busy port, no build) are
 * one line and exit code 1.
 */
import http from 'node:http';
import { existsSync } from 'node:fs';
import { ConfigError, readConfig } from './config.js';
import { ALLOWED_METHODS, baseHeaders, withFinalHeaders } from './headers.js';

/** @param {string} message @returns {never} */
function stop(message) {
	console.error(`serve: ${message}`);
	process.exit(1);
}

let config;
try {
	config = readConfig(process.env);
} catch (e) {
	if (e instanceof ConfigError) stop(e.message);
	throw e;
}
// adapter-node reads ORIGIN itself: the checked value, so that it too never falls back to Host.
process.env.ORIGIN = config.origin;

const handlerFile = new URL('../build-node/handler.js', import.meta.url);
if (!existsSync(handlerFile)) stop('build-node/ is missing: build it first with `npm run build:node`.');
const { handler } = await import(handlerFile.href);

const server = http.createServer((req, res) => {
	const path = new URL(req.url ?? '/', 'http://x').pathname;
	for (const [k, v] of Object.entries(baseHeaders(path, config.allowList))) res.setHeader(k, v);
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { allow: ALLOWED_METHODS, 'content-type': 'text/plain; charset=utf-8' });
		res.end('Method not allowed\n');
		return;
	}
	withFinalHeaders(res);
	handler(req, res, () => {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
		res.end('Not found\n');
	});
});
server.on('error', (/** @type {NodeJS.ErrnoException} */ e) => {
	if (e.code === 'EADDRINUSE') stop(`port ${config.port} on ${config.host} is already in use (another server?): stop it, or set PORT to a free port.`);
	if (e.code === 'EACCES') stop(`not allowed to listen on ${config.host}:${config.port} (ports below 1024 need privileges): set PORT to 1024 or above.`);
	if (e.code === 'EADDRNOTAVAIL') stop(`HOST ${config.host} is not an address of this machine.`);
	stop(e.message);
});
server.listen(config.port, config.host, () =>
	console.log(`News map on http://${config.host}:${config.port}/ as ${config.origin} (frame-ancestors for embeds: ${config.allowList.join(' ')})`)
);
