/**
 * The Node server (server/serve.js in front of build-node/) trusts its configuration, not the
 * request (issue #22, failure 2): without ORIGIN it will not start; a forged Host header never
 * reaches an answer; it sends the security headers, answers GET and HEAD only, serves text as
 * UTF-8, and says so plainly when its port is taken. build-node/ is built here when missing or
 * older than the sources (into its own .svelte-kit-node/, so the static preview is untouched).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';

const FORGED = 'evil.example';

function newest(dir: string): number {
	let t = 0;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
	}
	return t;
}

function freePort(): Promise<number> {
	return new Promise((ok) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => ok(port));
		});
	});
}

function serve(env: Record<string, string | undefined>): ChildProcess {
	const clean = { ...process.env, ORIGIN: undefined, SITE_ORIGIN: undefined, PORT: undefined, HOST: undefined, ...env };
	return spawn(process.execPath, ['server/serve.js'], { env: clean as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
}

function exit(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
	let stderr = '';
	child.stderr!.on('data', (d) => (stderr += d));
	return new Promise((ok) => child.on('exit', (code) => ok({ code, stderr })));
}

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

function ask(port: number, path: string, { method = 'GET', host = FORGED } = {}): Promise<Answer> {
	return new Promise((ok, fail) => {
		const req = request({ host: '127.0.0.1', port, path, method, headers: { host } }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (d) => (body += d));
			res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
		});
		req.on('error', fail);
		req.end();
	});
}

describe('the Node server', () => {
	let port = 0;
	let server: ChildProcess | null = null;
	const origin = () => `http://127.0.0.1:${port}`;

	beforeAll(async () => {
		const built = existsSync('build-node/handler.js') ? statSync('build-node/handler.js').mtimeMs : 0;
		if (built < Math.max(newest('src'), newest('geo'), statSync('svelte.config.js').mtimeMs)) {
			const b = spawnSync('npm', ['run', 'build:node'], { encoding: 'utf8', timeout: 600_000 });
			if (b.status !== 0) throw new Error(`npm run build:node failed:\n${b.stderr.slice(-3000)}`);
		}
		port = await freePort();
		server = serve({ ORIGIN: origin(), PORT: String(port) });
		const out: string[] = [];
		server.stdout!.on('data', (d) => out.push(String(d)));
		for (let i = 0; i < 100 && !out.join('').includes('News map on'); i++) await new Promise((r) => setTimeout(r, 100));
		if (!out.join('').includes('News map on')) throw new Error('server/serve.js did not start');
	}, 660_000);
	afterAll(() => {
		server?.kill();
	});

	it('refuses to start without ORIGIN, in one line', async () => {
		const r = await exit(serve({ PORT: String(await freePort()) }));
		expect(r.code).toBe(1);
		expect(r.stderr.trim()).toMatch(/^serve: ORIGIN is not set: .*never from the Host header/);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('refuses an ORIGIN that is not an origin', async () => {
		for (const bad of ['map.example.org', 'https://map.example.org/sub/', 'ftp://map.example.org']) {
			const r = await exit(serve({ ORIGIN: bad, PORT: String(await freePort()) }));
			expect(r.code, bad).toBe(1);
			expect(r.stderr).toMatch(/^serve: ORIGIN /);
		}
	});

	it('says plainly that its port is taken', async () => {
		const r = await exit(serve({ ORIGIN: origin(), PORT: String(port) }));
		expect(r.code).toBe(1);
		expect(r.stderr.trim()).toBe(`serve: port ${port} on 127.0.0.1 is already in use (another server?): stop it, or set PORT to a free port.`);
	});

	it('never puts a forged Host header in any answer', async () => {
		const story = encodeURIComponent(`${origin()}/stories/riyadh-talks-2025/`);
		const paths = [
			'/',
			'/stories/riyadh-talks-2025/',
			'/stories/riyadh-talks-2025',
			'/stories/riyadh-talks-2025/embed/',
			'/stories/riyadh-talks-2025/present/',
			`/oembed?url=${story}`,
			`/oembed?url=${story}&format=xml`,
			`/oembed?url=${encodeURIComponent(`https://${FORGED}/stories/riyadh-talks-2025/`)}`,
			'/oembed/stories/riyadh-talks-2025.json',
			'/stories/no-such-story/',
			'/no/such/page',
			'/embed.js'
		];
		for (const path of paths) {
			const a = await ask(port, path);
			expect(a.status === 501 || a.status < 500, `${path}: ${a.status}`).toBe(true);
			expect(JSON.stringify(a.headers), path).not.toContain(FORGED);
			expect(a.body, path).not.toContain(FORGED);
		}
		const o = await ask(port, `/oembed?url=${story}`);
		expect(o.status).toBe(200);
		expect(JSON.parse(o.body).html).toContain(`src="${origin()}/embed.js"`);
	});

	it('understands http links to the site in oEmbed, and format in any case', async () => {
		const a = await ask(port, `/oembed?format=JSON&url=${encodeURIComponent(`${origin()}/stories/riyadh-talks-2025/`)}`);
		expect(a.status).toBe(200);
		expect((await ask(port, `/oembed?maxwidth=1&url=${encodeURIComponent(`${origin()}/stories/riyadh-talks-2025/`)}`)).status).toBe(404);
	});

	it('sends the security headers, and Cache-Control on HTML', async () => {
		const a = await ask(port, '/stories/riyadh-talks-2025/');
		expect(a.status).toBe(200);
		expect(a.headers['content-type']).toMatch(/^text\/html/);
		expect(a.headers['cache-control']).toBe('no-cache');
		expect(a.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(a.headers['permissions-policy']).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
		expect(a.headers['x-content-type-options']).toBe('nosniff');
		expect(a.headers['content-security-policy']).toBe("frame-ancestors 'self'");
	});

	it('answers GET and HEAD only', async () => {
		expect((await ask(port, '/', { method: 'HEAD' })).status).toBe(200);
		for (const method of ['TRACE', 'POST', 'PUT', 'DELETE', 'OPTIONS']) {
			const a = await ask(port, '/', { method });
			expect(a.status, method).toBe(405);
			expect(a.headers.allow).toBe('GET, HEAD');
		}
	});

	it('serves the reports as UTF-8', async () => {
		const a = await ask(port, '/reports/000_164c015657e03c97.txt', { host: `127.0.0.1:${port}` });
		expect(a.status).toBe(200);
		expect(a.headers['content-type']).toBe('text/plain; charset=utf-8');
	});
});
