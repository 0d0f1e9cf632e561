/**
 * The same story drawn by both renderers: the SVG marks (each kind's component) and the
 * canvas (each kind's `mark.line` and `mark.symbol`), in the real page through the story
 * harness (`renderer=svg|canvas`), compared pixel by pixel over the map. They agree within a
 * tolerance for anti-aliasing; a kind one renderer misses, or draws in another colour, size
 * or dash, goes far over it. The picture without any marks is the yardstick: the test fails if
 * the two renderers differ by more than a small part of what the marks themselves add.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { syntheticStory } from '../../src/lib/story/synthetic';

const base = inject('baseURL');
const reports = new Map(readdirSync('geo/reports').filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(`geo/reports/${f}`, 'utf8')]));
const stories: Record<string, unknown> = {
	flagship: JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8')),
	thousand: syntheticStory(reports, { events: 1000, seed: 7 })
};

let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** A screenshot of the map box, with the events drawn by `renderer` (or none). */
async function shot(name: string, query: string): Promise<Buffer> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.route(`**/bench/${name}.json`, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(stories[name]) }));
	await page.goto(`${base}/tests/story/?story=${name}&${query}`);
	await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
	if (query.includes('canvas')) {
		await page.waitForFunction(() => Number(document.querySelector('canvas.marks')?.getAttribute('data-drawn') ?? 0) > 0, undefined, { timeout: 60_000 });
		// The worker may still be drawing for the camera the map settled on: wait until no new
		// drawing has arrived for a while.
		const drawn = () => page.evaluate(() => document.querySelector('canvas.marks')?.getAttribute('data-drawn'));
		for (let last = await drawn(), i = 0; i < 20; i++) {
			await page.waitForTimeout(1500);
			const now = await drawn();
			if (now === last) break;
			last = now;
		}
	}
	await page.waitForTimeout(1500);
	const box = (await page.locator('.mapbox').boundingBox())!;
	const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height } });
	expect(errors).toEqual([]);
	await context.close();
	return png;
}

/** The share of pixels whose colour differs by more than `threshold` (sum over R, G, B). */
async function differing(a: Buffer, b: Buffer, threshold = 96): Promise<number> {
	const page = await browser.newPage();
	const share = await page.evaluate(
		async ([da, db, t]) => {
			const [ia, ib] = (await Promise.all(
				[da as string, db as string].map(
					(src) =>
						new Promise<HTMLImageElement>((resolve) => {
							const img = new Image();
							img.onload = () => resolve(img);
							img.src = src;
						})
				)
			)) as [HTMLImageElement, HTMLImageElement];
			const c = document.createElement('canvas');
			c.width = ia.width;
			c.height = ia.height;
			const ctx = c.getContext('2d', { willReadFrequently: true })!;
			ctx.drawImage(ia, 0, 0);
			const pa = ctx.getImageData(0, 0, c.width, c.height).data;
			ctx.clearRect(0, 0, c.width, c.height);
			ctx.drawImage(ib, 0, 0);
			const pb = ctx.getImageData(0, 0, c.width, c.height).data;
			let n = 0;
			for (let i = 0; i < pa.length; i += 4) if (Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!) > (t as number)) n++;
			return n / (pa.length / 4);
		},
		[`data:image/png;base64,${a.toString('base64')}`, `data:image/png;base64,${b.toString('base64')}`, threshold] as const
	);
	await page.close();
	return share;
}

describe('the SVG and the canvas renderer draw the same picture', () => {
	for (const name of Object.keys(stories)) {
		it(name, async () => {
			const svg = await shot(name, 'renderer=svg');
			const canvas = await shot(name, 'renderer=canvas');
			const bare = await shot(name, 'overlays=0');
			const marks = await differing(svg, bare);
			const apart = await differing(svg, canvas);
			console.log(`${name}: the marks change ${(100 * marks).toFixed(2)}% of the map's pixels; SVG and canvas differ on ${(100 * apart).toFixed(2)}%`);
			expect(marks).toBeGreaterThan(0.01);
			expect(apart).toBeLessThan(0.15 * marks);
		}, 240_000);
	}
});
