/**
 * npm run bench:server [-- --url=http://127.0.0.1:PORT] [--node=build-node/index.js] [--requests=100000]
 *
 * A bounded load test on loopback: autocannon sends a fixed number of requests (100,000 by
 * default) across the story page, the embed (when the build has one) and the GeoJSON, then
 * stops. Prints requests/s, p99 latency and errors per route, and the server's RSS sampled
 * every second. The server is, in order: --url (anything already running on 127.0.0.1);
 * --node=<entry> (the adapter-node build, started here with PORT/HOST on loopback); else
 * `vite preview` of the static build. Only 127.0.0.1 is ever addressed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { createServer } from 'node:net';

const args = process.argv.slice(2);
const arg = (k: string) => args.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const total = Number(arg('requests') ?? 100_000);

function freePort(): Promise<number> {
	return new Promise((ok) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => ok(port));
		});
	});
}

async function waitUp(url: string) {
	for (let i = 0; i < 120; i++) {
		try {
			if ((await fetch(url)).status < 500) return;
		} catch {}
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error(`server at ${url} did not come up`);
}

/** RSS of a process and its children, from /proc (Linux), in MB. */
function rss(pid: number): number {
	try {
		const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
		const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
		return own + kids.reduce((n, k) => n + rss(k), 0);
	} catch {
		return NaN;
	}
}

async function main() {
	let url = arg('url');
	let child: ChildProcess | null = null;
	let kind = 'already running';
	if (url) {
		if (!/^http:\/\/127\.0\.0\.1(:\d+)?\/?$/.test(url)) throw new Error('--url must be http://127.0.0.1:<port>: loopback only');
	} else {
		const port = await freePort();
		url = `http://127.0.0.1:${port}`;
		const node = arg('node') ?? (existsSync('build-node/index.js') ? 'build-node/index.js' : undefined);
		if (node) {
			kind = `adapter-node (${node})`;
			child = spawn(process.execPath, [node], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url }, stdio: 'ignore' });
		} else {
			if (!existsSync('build/index.html')) throw new Error('No build/: run `npm run build` first.');
			kind = 'vite preview of the static build (no adapter-node build found: pass --node=<entry> when there is one)';
			child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
		}
	}
	url = url.replace(/\/$/, '');
	try {
		await waitUp(`${url}/stories/riyadh-talks-2025/`);
		const routes = ['/stories/riyadh-talks-2025/', '/stories/riyadh-talks-2025.geojson'];
		// With the trailing slash every page has (trailingSlash: 'always'); without it the answer is a redirect.
		if ((await fetch(`${url}/stories/riyadh-talks-2025/embed/`, { redirect: 'manual' })).ok) routes.splice(1, 0, '/stories/riyadh-talks-2025/embed/');
		console.log(`Server: ${kind} at ${url}; ${total.toLocaleString('en')} requests in all, ${Math.floor(total / routes.length).toLocaleString('en')} per route, 20 connections.`);
		const memory: number[] = [];
		const sample = setInterval(() => child?.pid && memory.push(rss(child.pid)), 1000);
		if (child?.pid) memory.push(rss(child.pid));
		const rows: string[] = [];
		for (const path of routes) {
			const r = await autocannon({ url: url + path, connections: 20, amount: Math.floor(total / routes.length), headers: { 'accept-encoding': 'gzip' } });
			rows.push(`| ${path} | ${Math.round(r.requests.average).toLocaleString('en')} | ${r.latency.p99} | ${r.errors + r.timeouts + r.non2xx} | ${r.requests.total.toLocaleString('en')} |`);
		}
		clearInterval(sample);
		if (child?.pid) memory.push(rss(child.pid));
		console.log('\n| route | requests/s | p99 latency ms | errors + timeouts + non-2xx | requests |\n| --- | ---: | ---: | ---: | ---: |');
		for (const r of rows) console.log(r);
		if (memory.length) {
			const q = Math.max(1, Math.floor(memory.length / 4));
			const first = memory.slice(0, q), last = memory.slice(-q);
			const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
			console.log(`\nServer RSS (MB, sampled each second, ${memory.length} samples): start ${memory[0]!.toFixed(0)}, max ${Math.max(...memory).toFixed(0)}, end ${memory.at(-1)!.toFixed(0)}; first quarter mean ${avg(first).toFixed(0)}, last quarter mean ${avg(last).toFixed(0)} (${avg(last) > avg(first) * 1.2 ? 'GROWING' : 'steady'}).`);
		}
	} finally {
		child?.kill();
	}
}

await main();
