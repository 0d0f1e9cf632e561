/**
 * npm run bench:list [-- --sizes=50000] [--runs=2]
 *
 * The one figure of `npm run bench` that reads the event list (issue #17: at 50,000 events
 * "the list opens in < 1 s"), on its own, without the camera flights that come before it
 * there: the synthetic story on the story page at 1280×800 (and on a phone, 375×667), the map
 * settled as the bench settles it, then a click on List. *In DOM* is what the bench times
 * (the click until the list element is there); *painted* waits on to the next frame after
 * it, which is when the reader sees the rows. Needs a build with the test harness
 * (`npm run build:test`). Prints the load average beside the figures: the machine is shared.
 */
import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { launch } from '../browser';
import { serveStatic } from './serve';
import { writeBenchStories } from './stories';

const args = process.argv.slice(2);
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '50000').split(',').map(Number).filter((n) => n > 0);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 2);
const VIEWPORTS = { laptop: { width: 1280, height: 800 }, phone: { width: 375, height: 667 } };

async function once(browser: Browser, url: string, viewport: { width: number; height: number }) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	await page.route(/^(?!http:\/\/127\.0\.0\.1[:/]|data:|blob:)/, (r) => r.abort());
	await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
	await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 180_000 });
	await page.waitForTimeout(800);
	const t0 = Date.now();
	await page.click('button:has-text("List")', { timeout: 60_000 });
	await page.waitForSelector('[data-testid="event-list"]', { timeout: 60_000 });
	const dom = Date.now() - t0;
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
	const painted = Date.now() - t0;
	const rows = await page.locator('[data-testid="event-list"] tbody tr[data-event]').count();
	await context.close();
	return { dom, painted, rows };
}

const stories = writeBenchStories(sizes).filter((s) => s.name !== 'flagship');
const { url: base, server } = await serveStatic();
const browser = await launch();
try {
	console.log(`| story | viewport | run | in DOM | painted | rows in DOM | load average |`);
	console.log(`|---|---|---:|---:|---:|---:|---|`);
	for (const s of stories)
		for (const [name, viewport] of Object.entries(VIEWPORTS))
			for (let i = 1; i <= runs; i++) {
				const r = await once(browser, `${base}/tests/story/?story=${s.name}`, viewport);
				const load = loadavg().map((x) => x.toFixed(1)).join(' ');
				console.log(`| ${s.events} events | ${name} | ${i} | ${(r.dom / 1000).toFixed(2)} s | ${(r.painted / 1000).toFixed(2)} s | ${r.rows} | ${load} |`);
			}
} finally {
	await browser.close();
	server.close();
}
