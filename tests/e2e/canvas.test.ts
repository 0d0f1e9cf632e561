/**
 * Large stories: above CANVAS_THRESHOLD events the marks are one canvas, drawn by a worker.
 * A seeded synthetic story goes through the story harness (the request for it is answered
 * here), and the test checks what a reader relies on: the marks are drawn, a click picks the
 * mark under the pointer, the drawing follows the camera and is redrawn when it rests, and a
 * keyboard reader reaches the events through the list. No timing is asserted.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import { syntheticStory } from '../../src/lib/story/synthetic';
import { validateStory } from '../../src/lib/story/validate';
import { CANVAS_THRESHOLD } from '../../src/lib/overlays/threshold';
import { indexStory } from '../../src/lib/story/model';
import { buildMarks } from '../../src/lib/overlays/marks';
import { affineProject, buildCanvasMarks, Look } from '../../src/lib/overlays/canvas';
import { pickAt } from '../../src/lib/overlays/pick';

const base = inject('baseURL');
const reports = new Map(readdirSync('geo/reports').filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(`geo/reports/${f}`, 'utf8')]));
const input = syntheticStory(reports, { events: 2 * CANVAS_THRESHOLD, seed: 11 });
const checked = validateStory('large.json', input, reports);
if (!checked.ok) throw new Error('the synthetic story does not validate');
const story = checked.story;

let browser: Browser;
let page: Page;
const errors: string[] = [];

const drawCount = () => page.evaluate(() => Number(document.querySelector('canvas.marks')?.getAttribute('data-drawn') ?? 0));
/** Pixels with any ink in the marks canvas (it is a software canvas: reading it back is cheap). */
const inked = () =>
	page.evaluate(() => {
		const c = document.querySelector<HTMLCanvasElement>('canvas.marks')!;
		const d = c.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, c.width, c.height).data;
		let n = 0;
		for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
		return n;
	});

beforeAll(async () => {
	browser = await launch();
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	page = await context.newPage();
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.route('**/bench/large.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(input) }));
	await page.goto(`${base}/tests/story/?story=large`);
	await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
	await page.waitForFunction(() => Number(document.querySelector('canvas.marks')?.getAttribute('data-drawn') ?? 0) > 0, undefined, { timeout: 60_000 });
});
afterAll(async () => {
	await browser?.close();
});

describe(`a story of ${2 * CANVAS_THRESHOLD} events`, () => {
	it('is drawn on one canvas, not as SVG marks', async () => {
		expect(await page.locator('.overlay [data-event]').count()).toBe(0);
		expect(await page.locator('canvas.marks').count()).toBe(1);
		expect(await inked()).toBeGreaterThan(20_000);
		expect(errors).toEqual([]);
	});

	it('a click on a drawn mark opens its event', async () => {
		// A point where the canvas has ink and nothing drawn above it takes the click (places
		// and their generous hit circles come first): the one hit rule (overlays/pick.ts),
		// run here on the story and the map's camera, says what is there.
		const target = await page.evaluate(() => {
			const c = document.querySelector<HTMLCanvasElement>('canvas.marks')!;
			const data = c.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, c.width, c.height).data;
			const cr = c.getBoundingClientRect();
			const box = (window as any).__newsmap.map.getContainer().getBoundingClientRect();
			const k = c.width / cr.width;
			for (let y = box.top + 80; y < box.bottom - 80; y += 7) {
				for (let x = box.left + 80; x < box.right - 320; x += 7) {
					const px = Math.round((x - cr.left) * k), py = Math.round((y - cr.top) * k);
					if (data[(py * c.width + px) * 4 + 3]! < 200) continue;
					const hit = document.elementFromPoint(x, y);
					if (hit && !hit.closest('.places, .place-labels, button, a, details, .maplibregl-control-container')) return { x, y };
				}
			}
			return null;
		});
		expect(target).not.toBeNull();
		// The mark the geometry puts under that point, worked out here from the story and the
		// map's camera (world pixels are an affine map of Mercator's unit square).
		const cam = await page.evaluate(() => {
			const m = (window as any).__newsmap.map;
			const box = m.getContainer().getBoundingClientRect();
			const o = m.project([0, 0]), e = m.project([90, 0]);
			return { left: box.left, top: box.top, s: (e.x - o.x) / 0.25, x0: o.x, y0: o.y };
		});
		const drawing = buildCanvasMarks(buildMarks(indexStory(story)));
		const a = { s: cam.s, tx: cam.x0 - cam.s / 2, ty: cam.y0 - cam.s / 2 };
		const under = pickAt(target!.x - cam.left, target!.y - cam.top, drawing, new Uint8Array(drawing.items.length).fill(Look.Normal), [], affineProject(a), { scale: 1 });
		expect(under.length).toBeGreaterThan(0);
		expect(under[0]!.type).toBe('event');
		await page.mouse.click(target!.x, target!.y);
		// One mark there opens at once; several give the chooser, which lists the same marks.
		if (under.length > 1) {
			const rows = page.locator('.chooser button[data-id]');
			await rows.first().waitFor();
			const listed = await rows.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-id')));
			for (const p of under) if (p.type === 'event') expect(listed).toContain(p.id);
			await page.locator(`.chooser button[data-id="${under[0]!.id}"]`).click();
		}
		await page.waitForSelector('button.proxy[aria-pressed="true"]', { timeout: 10_000 });
		const id = await page.getAttribute('button.proxy', 'data-event');
		expect(id).toBe(under[0]!.id);
		const event = story.events.find((e) => e.id === id);
		expect(event).toBeDefined();
		expect(await page.locator('.panel h2').innerText()).toBe(event!.title);
		expect(await page.getAttribute('button.proxy', 'aria-pressed')).toBe('true');
		await page.keyboard.press('Escape');
	});

	it('follows the camera by transform while it moves, and is redrawn when it rests', async () => {
		// Whatever the last test asked to be drawn has arrived.
		let before = -1;
		while (before !== (await drawCount())) {
			before = await drawCount();
			await page.waitForTimeout(1000);
		}
		const during = await page.evaluate(
			() =>
				new Promise<{ transform: string; drawn: number }>((ok) => {
					const m = (window as any).__newsmap.map;
					m.easeTo({ center: [m.getCenter().lng + 25, m.getCenter().lat], zoom: m.getZoom() + 0.5, duration: 1200 });
					// Sample half way through the move.
					setTimeout(() => {
						const layer = document.querySelector('canvas.marks')!.parentElement as HTMLElement;
						ok({ transform: layer.style.transform, drawn: Number(document.querySelector('canvas.marks')!.getAttribute('data-drawn')) });
					}, 600);
				})
		);
		expect(during.transform).toMatch(/translate\(.+\) scale\(/);
		expect(during.drawn).toBe(before);
		await page.waitForFunction((n) => Number(document.querySelector('canvas.marks')?.getAttribute('data-drawn')) > n, before, { timeout: 60_000 });
		// At rest neither the layer nor the drawing in it is transformed: both are exact.
		await page.waitForFunction(
			() => {
				const c = document.querySelector<HTMLCanvasElement>('canvas.marks')!;
				return c.style.transform === '' && (c.parentElement as HTMLElement).style.transform === '';
			},
			undefined,
			{ timeout: 10_000 }
		);
		expect(await inked()).toBeGreaterThan(20_000);
	});

	it('takes the page’s new colours when its theme changes', async () => {
		// Pixels in a colour the default palette has nowhere: a pure magenta.
		const magenta = () =>
			page.evaluate(() => {
				const c = document.querySelector<HTMLCanvasElement>('canvas.marks')!;
				const d = c.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, c.width, c.height).data;
				let n = 0;
				for (let i = 0; i < d.length; i += 4) if (d[i]! > 230 && d[i + 1]! < 30 && d[i + 2]! > 230 && d[i + 3]! > 230) n++;
				return n;
			});
		expect(await magenta()).toBe(0);
		const before = await drawCount();
		// As a theme would: the page's paper colour (which fills a planned mark's symbol) changes on
		// <html>. Not the counts' colour: the counts are SVG, drawn where the label rule puts them.
		await page.evaluate(() => document.documentElement.style.setProperty('--paper', '#ff00ff'));
		await page.waitForFunction((n) => Number(document.querySelector('canvas.marks')?.getAttribute('data-drawn')) > n, before, { timeout: 60_000 });
		expect(await magenta()).toBeGreaterThan(50);
		await page.evaluate(() => document.documentElement.style.removeProperty('--paper'));
		await page.waitForFunction((n) => Number(document.querySelector('canvas.marks')?.getAttribute('data-drawn')) > n + 1, before, { timeout: 60_000 });
		expect(await magenta()).toBe(0);
	});

	it('a keyboard reader reaches every event through the list', async () => {
		const skip = page.locator('button.to-list');
		await skip.focus();
		expect(await skip.innerText()).toContain(`${story.events.length} events`);
		await page.keyboard.press('Enter');
		await page.waitForSelector('[data-testid="event-list"]', { timeout: 30_000 });
		// Windowed (see tests/e2e/list.test.ts): a few rows in the DOM, the full length told to
		// assistive technology, and the keyboard reaches the last.
		const list = page.locator('[data-testid="event-list"]');
		expect(await list.locator('tbody tr[data-event]').count()).toBeLessThan(story.events.length / 4);
		expect(await list.locator('table').getAttribute('aria-rowcount')).toBe(String(story.events.length + 1));
		await list.locator('tbody tr[data-event] button.title').first().focus();
		await page.keyboard.press('End');
		await page.waitForFunction((n) => document.activeElement?.closest('tr[data-event]')?.getAttribute('aria-rowindex') === String(n), story.events.length + 1);
		expect(errors).toEqual([]);
	});
});
