/**
 * npm run bench:hydrate [-- --runs=3] [--profile] [--path=/stories/riyadh-talks-2025/] [--root=build]
 *
 * The story page's load on a throttled CPU (CDP `Emulation.setCPUThrottlingRate`, 4× by
 * default, as Lighthouse's mobile preset assumes): the long tasks from navigation until
 * the app says it is hydrated (`.app[data-hydrated]`) plus a second, their total blocking
 * time (each task's time over 50 ms, as TBT counts it) and the longest task. The median of
 * `runs` loads. With `--profile`, a CPU profile of one more load prints the functions with
 * the most self time: where hydration spends it. Lighthouse simulates its throttling from an
 * unthrottled trace; this throttles for real, so its figures are a check on the same
 * question (what blocks the main thread at load), not Lighthouse's TBT.
 */
import { writeFileSync } from 'node:fs';
import { launch } from '../browser';
import { serveStatic } from './serve';

const args = process.argv.slice(2);
const arg = (k: string, d: string) => args.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3) ?? d;
const runs = Number(arg('runs', '3'));
const rate = Number(arg('rate', '4'));
const path = arg('path', '/stories/riyadh-talks-2025/');
const root = arg('root', 'build');
const profile = args.includes('--profile');
const VIEWPORT = { width: 412, height: 823 };

const LONGTASKS = () => {
	const w = window as unknown as { __tasks: [number, number][] };
	w.__tasks = [];
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) w.__tasks.push([e.startTime, e.duration]);
	}).observe({ type: 'longtask', buffered: true });
};

const { url, server } = await serveStatic(root);
const browser = await launch();
type Load = { tbt: number; longest: number; tasks: number; hydrated: number; list: [number, number][] };
async function load(withProfile: boolean): Promise<Load> {
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	await page.addInitScript('globalThis.__name = (f) => f;');
	await page.addInitScript(LONGTASKS);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	if (withProfile) {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		await cdp.send('Profiler.start');
	}
	await page.goto(url + path, { waitUntil: 'load', timeout: 180_000 });
	// Polled every 250 ms: playwright's own selector engine, polled every frame, is main-thread work of its own.
	await page.waitForFunction(() => document.querySelector('.app[data-hydrated]'), undefined, { timeout: 180_000, polling: 250 });
	const hydrated = await page.evaluate(() => performance.now());
	await page.waitForTimeout(1000);
	if (withProfile) {
		const { profile: p } = await cdp.send('Profiler.stop');
		if (arg('save', '')) writeFileSync(arg('save', ''), JSON.stringify(p));
		const self = new Map<string, number>();
		const byId = new Map(p.nodes.map((n) => [n.id, n]));
		const dt = p.timeDeltas ?? [];
		(p.samples ?? []).forEach((id, i) => {
			const n = byId.get(id)!;
			const f = n.callFrame;
			const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
			self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
		});
		// Inclusive: each sample counts once for every distinct function on its stack.
		const parent = new Map<number, number>();
		for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
		const incl = new Map<string, number>();
		const keyOf = (id: number) => {
			const f = byId.get(id)!.callFrame;
			return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
		};
		(p.samples ?? []).forEach((id, i) => {
			const seen = new Set<string>();
			for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) seen.add(keyOf(n));
			for (const k of seen) incl.set(k, (incl.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
		});
		console.log('inclusive time (ms, throttled), top 60:');
		for (const [k, v] of [...incl].filter(([k]) => !k.startsWith('(root)') && !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
		const top = [...self].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 40);
		console.log('self time (ms, throttled), top 40:');
		for (const [k, v] of top) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
	}
	const tasks = await page.evaluate(() => (window as unknown as { __tasks: [number, number][] }).__tasks);
	await context.close();
	return { tbt: tasks.reduce((s, [, d]) => s + Math.max(0, d - 50), 0), longest: Math.max(0, ...tasks.map(([, d]) => d)), tasks: tasks.length, hydrated, list: tasks };
}
const loads: Load[] = [];
for (let i = 0; i < runs; i++) {
	const l = await load(false);
	loads.push(l);
	console.log(`load ${i + 1}: TBT ${l.tbt.toFixed(0)} ms, longest task ${l.longest.toFixed(0)} ms, ${l.tasks} long tasks, hydrated at ${l.hydrated.toFixed(0)} ms`);
	if (args.includes('--tasks')) console.log(`  long tasks (start+ms): ${l.list.map(([t, d]) => `${t.toFixed(0)}+${d.toFixed(0)}`).join(' ')}`);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
if (loads.length) console.log(`median of ${runs} at ${rate}×: TBT ${med(loads.map((l) => l.tbt)).toFixed(0)} ms, longest task ${med(loads.map((l) => l.longest)).toFixed(0)} ms, hydrated at ${med(loads.map((l) => l.hydrated)).toFixed(0)} ms`);
if (profile) await load(true);
await browser.close();
server.close();
