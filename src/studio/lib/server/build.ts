/**
 * Publishing: the site's own `npm run build` in the project, run as a child process so the
 * studio shows its progress and what it changed. One build at a time.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { PROJECT } from './paths';

export const BUILD = join(PROJECT, 'build');

/** Lines of the build's output that mark its steps, in order. */
const STEPS: Array<[RegExp, string]> = [
	[/check-stories|check:stories/, 'Checking the stories'],
	[/build:embed|vite\.embed/, 'Building the embed client'],
	[/building (?:client|ssr|SSR)|transforming/i, 'Building the site'],
	[/prerender|Wrote site|adapter/i, 'Writing the pages'],
	[/budget/i, 'Checking the size budgets']
];

export function fingerprint(dir = BUILD): Map<string, string> {
	const out = new Map<string, string>();
	if (!existsSync(dir)) return out;
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else out.set(relative(dir, p), createHash('sha1').update(readFileSync(p)).digest('hex'));
		}
	};
	walk(dir);
	return out;
}

export interface BuildChanges {
	added: string[];
	changed: string[];
	removed: string[];
}

export function diff(before: Map<string, string>, after: Map<string, string>): BuildChanges {
	const pages = (xs: string[]) => xs.filter((f) => !f.startsWith('_app/') && !f.startsWith('basemap/') && !f.startsWith('_embed/')).sort();
	const added = [...after.keys()].filter((f) => !before.has(f));
	const changed = [...after.keys()].filter((f) => before.has(f) && before.get(f) !== after.get(f));
	const removed = [...before.keys()].filter((f) => !after.has(f));
	return { added: pages(added), changed: pages(changed), removed: pages(removed) };
}

// Held on globalThis, not in this module: the dev server may load the module afresh mid-build,
// and a second build must not start beside the first. The last outcome is also kept on disk.
const state = ((globalThis as { __newsmapStudioBuild?: { running: boolean; last: object | null } }).__newsmapStudioBuild ??= { running: false, last: null });
const LAST = join(PROJECT, 'tmp', 'studio', 'last-build.json');
export const building = () => state.running;
export function lastBuild(): object | null {
	if (state.last) return state.last;
	try {
		return JSON.parse(readFileSync(LAST, 'utf8')) as object;
	} catch {
		return null;
	}
}
export function setLastBuild(o: object) {
	state.last = o;
	mkdirSync(dirname(LAST), { recursive: true });
	writeFileSync(LAST, JSON.stringify(o));
}

/** Runs the build; `progress` gets each step as it starts and every output line. */
export function runBuild(progress: (step: number, steps: number, label: string, line: string) => void): Promise<{ ok: boolean; code: number; tail: string[] }> {
	if (state.running) return Promise.resolve({ ok: false, code: -1, tail: ['A build is already running.'] });
	state.running = true;
	let step = -1;
	const tail: string[] = [];
	return new Promise((resolve) => {
		const env = { ...process.env };
		// The studio's own switch must not reach the site's build, nor the dev server's NODE_ENV:
		// inherited, it made Vite build Svelte's development runtime (the budget caught it, +10 kB).
		delete env.NEWSMAP_STUDIO;
		env.NODE_ENV = 'production';
		const child = spawn('npm', ['run', 'build'], { cwd: PROJECT, env, stdio: ['ignore', 'pipe', 'pipe'] });
		const onData = (buf: Buffer) => {
			for (const line of buf.toString('utf8').split('\n')) {
				if (!line.trim()) continue;
				tail.push(line);
				if (tail.length > 40) tail.shift();
				for (let i = step + 1; i < STEPS.length; i++) {
					if (STEPS[i]![0].test(line)) {
						step = i;
						break;
					}
				}
				progress(Math.max(step, 0), STEPS.length, STEPS[Math.max(step, 0)]![1], line);
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('close', (code) => {
			state.running = false;
			resolve({ ok: code === 0, code: code ?? -1, tail });
		});
		child.on('error', (e) => {
			state.running = false;
			resolve({ ok: false, code: -1, tail: [...tail, e.message] });
		});
	});
}
