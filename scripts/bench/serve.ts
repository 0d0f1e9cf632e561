/**
 * A plain static server for the benchmarks: build/ as any static host would serve it, plus
 * the generated stories of tmp/bench/ under /bench/. Loopback only. gzip (level 9) on the fly
 * for text, so the byte counts match a normally configured host.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

function resolve(root: string, benchDir: string, pathname: string): string | null {
	const [base, rel] = pathname.startsWith('/bench/') ? [benchDir, pathname.slice(7)] : [root, pathname];
	const file = normalize(join(base, decodeURIComponent(rel)));
	if (!file.startsWith(normalize(base))) return null;
	for (const f of [file, join(file, 'index.html'), `${file}.html`]) if (existsSync(f) && statSync(f).isFile()) return f;
	return null;
}

/** Called once a response has gone out: its path and the bytes written for it, headers included. */
export type OnSent = (pathname: string, bytes: number) => void;

export async function serveStatic(root = 'build', benchDir = 'tmp/bench', onSent?: OnSent): Promise<{ url: string; server: Server }> {
	const server = createServer((req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://x');
		// Counted here rather than in the browser: a worker's own requests (MapLibre's worker
		// script, and the tiles it fetches) never reach the page's network events. A keep-alive
		// socket carries one response at a time, so its byte count's growth is this response.
		const socket = req.socket;
		const start = socket.bytesWritten;
		if (onSent) res.on('finish', () => onSent(pathname, socket.bytesWritten - start));
		const file = resolve(root, benchDir, pathname);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const gzip = /gzip/.test(String(req.headers['accept-encoding'])) && !type.startsWith('image/png');
		// Revalidated on every use, as most static hosts do for files without a hash in their name.
		const { mtimeMs, size } = statSync(file);
		const etag = `"${Math.round(mtimeMs).toString(36)}-${size.toString(36)}"`;
		if (req.headers['if-none-match'] === etag) {
			res.writeHead(304, { etag, 'cache-control': 'no-cache' }).end();
			return;
		}
		res.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'cache-control': 'no-cache', etag });
		const stream = createReadStream(file);
		// Level 9, as a host that compresses its static files ahead would, and as maplibre-gl's own
		// sizes are counted (the embed's budget is a difference between the two).
		(gzip ? stream.pipe(createGzip({ level: 9 })) : stream).pipe(res);
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

// `npx tsx scripts/bench/serve.ts`: the same server by hand, to look at a benchmark story.
if (import.meta.url === `file://${process.argv[1]}`) {
	const { url } = await serveStatic();
	console.log(`${url}/tests/story/?story=synthetic-10000`);
}
