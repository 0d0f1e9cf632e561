/**
 * The flagship map in a real browser (Debian's chromium through playwright-core), against
 * the built site: it renders offline, marks stay on their places as the camera moves, the
 * timeline filters, and the panel cites its sources.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { clickPlace, DOT_ON_SCREEN, dotPosition, openPage, STORY, waitForMap } from './helpers';
import { quote } from '../../src/lib/story/format';

const base = inject('baseURL');
const URL_ = `${base}/stories/riyadh-talks-2025/`;
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('the story map', () => {
	it('renders the basemap and every event, with no foreign request and no console error', async () => {
		const { page, errors, foreign } = await openPage(browser, URL_);
		await waitForMap(page);
		expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1);
		expect(await page.locator('.overlay [data-event]').count()).toBe(STORY.events.length);
		expect(await page.locator('.overlay .place').count()).toBeGreaterThan(10);
		expect(await page.locator('.overlay .unit').count()).toBe(STORY.events.filter((e) => e.kind === 'deployment').length);
		expect(await page.locator('.overlay .arrowhead').count()).toBeGreaterThan(10);
		// Labels come from the D3 layer (no glyph server): Riyadh and some country names.
		expect(await page.locator('.place-labels text', { hasText: 'Riyadh' }).count()).toBe(1);
		expect(await page.locator('.country-labels text').count()).toBeGreaterThan(5);
		expect(await page.title()).toContain(STORY.title);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('draws the countries from the few vector tiles of its view: land on land, sea at sea', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const tiles: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/basemap/')) tiles.push(new URL(r.url()).pathname);
		});
		await page.goto(URL_);
		await waitForMap(page);
		// The story page asks for the 1:50m set, and only for the tiles it shows.
		expect(tiles.length).toBeGreaterThan(0);
		expect(tiles.length).toBeLessThan(30);
		for (const t of tiles) expect(t).toMatch(/\/basemap\/detailed\/\d+\/\d+\/\d+\.pbf$/);
		// Colours of the map's own canvas (the overlays are a layer above it) at three places.
		const colours = await page.evaluate((points) => {
			const m = (window as any).__newsmap.map;
			const gl: HTMLCanvasElement = m.getCanvas();
			const c = document.createElement('canvas');
			c.width = gl.width;
			c.height = gl.height;
			const ctx = c.getContext('2d')!;
			ctx.drawImage(gl, 0, 0);
			const ratio = gl.width / gl.clientWidth;
			return points.map((p) => {
				const { x, y } = m.project(p);
				if (x < 0 || y < 0 || x >= gl.clientWidth || y >= gl.clientHeight) return 'off screen';
				const d = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
				return `#${[d[0], d[1], d[2]].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
			});
		}, [[33, 49], [35, 39], [34, 43.5], [18, 34]]);
		// Ukraine and Anatolia are land (#f7f4ec); the Black Sea and the Mediterranean are water (#dfe9ef).
		expect(colours).toEqual(['#f7f4ec', '#f7f4ec', '#dfe9ef', '#dfe9ef']);
		await context.close();
	});

	it('from `/` leads to the story: the home page lists the stories', async () => {
		const { page } = await openPage(browser, `${base}/`);
		await page.getByRole('link', { name: STORY.title }).click();
		await page.waitForURL(/stories\/riyadh-talks-2025\/$/);
		await page.close();
	});

	it('keeps marks within a pixel of map.project() after a pan, a zoom and during a flight', async () => {
		const { page, errors } = await openPage(browser, URL_);
		await waitForMap(page);
		const places = ['riyadh', 'paris', 'ankara', 'kyiv', 'moscow'];
		const coords = Object.fromEntries(STORY.places.filter((p) => places.includes(p.id)).map((p) => [p.id, p.coordinates]));
		const check = async () => {
			for (const id of places) {
				const [x, y] = await dotPosition(page, id);
				const expected = await page.evaluate((c) => {
					const p = (window as any).__newsmap.map.project(c);
					return [p.x, p.y];
				}, coords[id]);
				expect(Math.abs(x - expected[0]), `${id} x`).toBeLessThan(1);
				expect(Math.abs(y - expected[1]), `${id} y`).toBeLessThan(1);
			}
		};
		await check();
		await page.evaluate(() => (window as any).__newsmap.map.panBy([180, -120], { animate: false }));
		await page.waitForTimeout(100);
		await check();
		await page.evaluate(() => (window as any).__newsmap.map.zoomTo(5.2, { animate: false }));
		await page.waitForTimeout(100);
		await check();
		await page.setViewportSize({ width: 900, height: 700 });
		// Until MapLibre has taken the new size (its ResizeObserver, then a frame): a fixed wait
		// was too short on a loaded machine once (the map still at the old width, 190 px off).
		await page.waitForFunction(() => {
			const m = (window as any).__newsmap.map;
			return m.getCanvas().clientWidth === m.getContainer().clientWidth;
		});
		await page.waitForTimeout(100);
		await check();
		// During an animated flight: sample frames as they render and compare in the same frame,
		// where the dot is on screen (whatever carries it there).
		await page.evaluate(`globalThis.__dotOnScreen = ${DOT_ON_SCREEN.toString()}`);
		const { drift, frames } = await page.evaluate(
			([id, c]) =>
				new Promise<{ drift: number; frames: number }>((resolve) => {
					const map = (window as any).__newsmap.map;
					const dotOnScreen = (window as any).__dotOnScreen as (id: string) => [number, number] | null;
					let worst = 0;
					let frames = 0;
					const onRender = () => {
						// Svelte writes the DOM in a microtask after the app's render handler.
						queueMicrotask(() => {
							const at = dotOnScreen(id);
							const p = map.project(c);
							worst = at ? Math.max(worst, Math.abs(at[0] - p.x), Math.abs(at[1] - p.y)) : Infinity;
							frames++;
						});
					};
					map.on('render', onRender);
					map.flyTo({ center: [30, 45], zoom: 3.5, duration: 2500 });
					map.once('moveend', () => {
						map.off('render', onRender);
						resolve({ drift: worst, frames });
					});
				}),
			['riyadh', coords.riyadh] as const
		);
		expect(frames).toBeGreaterThanOrEqual(2);
		await check();
		expect(drift).toBeLessThan(1);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('fades the marks outside the chosen time window, undated facts too (background)', async () => {
		const { page } = await openPage(browser, URL_);
		await waitForMap(page);
		const until = page.getByRole('slider', { name: 'Until' });
		const from = page.getByRole('slider', { name: 'From' });
		// The window 18 February 2025 only, by keyboard: each arrow steps to the next date an
		// event starts or ends on.
		await until.focus();
		await page.keyboard.press('Home');
		for (let k = 0; k < 80 && (await until.getAttribute('aria-valuetext')) !== '18 Feb 2025'; k++) await page.keyboard.press('ArrowRight');
		await from.focus();
		for (let k = 0; k < 80 && (await from.getAttribute('aria-valuetext')) !== '18 Feb 2025'; k++) await page.keyboard.press('ArrowRight');
		await page.waitForTimeout(100);
		expect(new URL(page.url()).searchParams.get('t')).toBe('2025-02-18..2025-02-18');
		for (const e of STORY.events) {
			const cls = (await page.getAttribute(`.overlay [data-event="${e.id}"]`, 'class')) ?? '';
			const w = e.date ? [e.date, e.date] : e.start ? [e.start, e.end] : null;
			const inside = !!w && w[0]! <= '2025-02-18' && w[1]! >= '2025-02-18';
			expect(cls.includes('faded'), `${e.id} faded`).toBe(!inside);
		}
		await page.getByRole('button', { name: 'All dates' }).click();
		expect(await page.locator('.overlay .faded').count()).toBe(0);
		await page.close();
	});

	it('opens the panel from the keyboard with the cited quotes, and Escape closes it', async () => {
		const { page, errors } = await openPage(browser, URL_);
		await waitForMap(page);
		const riyadh = STORY.events.find((e) => e.kind === 'meeting' && e.id.startsWith('riyadh-talks'))!;
		await page.focus(`.overlay [data-event="${riyadh.id}"]`);
		await page.keyboard.press('Enter');
		const panel = page.locator('[data-testid="event-detail"]');
		await panel.waitFor();
		expect(await panel.locator('h2').textContent()).toBe(riyadh.title);
		const quotes = await panel.locator('blockquote').allTextContents();
		for (const s of riyadh.sources) expect(quotes).toContain(quote(s.quote));
		expect(await panel.textContent()).toMatch(/18 Feb 2025/);
		expect(new URL(page.url()).searchParams.get('sel')).toBe(`event:${riyadh.id}`);
		await page.keyboard.press('Escape');
		await panel.waitFor({ state: 'detached' });
		// Focus goes back to the mark the reader came from.
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event'))).toBe(riyadh.id);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('opens a place by click and lists its events; a shared link reopens the view', async () => {
		const { page } = await openPage(browser, URL_);
		await waitForMap(page);
		await clickPlace(page, 'ankara');
		const panel = page.locator('[data-testid="place-detail"]');
		await panel.waitFor();
		expect(await panel.locator('h2').textContent()).toBe('Ankara');
		const shared = page.url();
		expect(shared).toContain('sel=place:ankara');
		const again = await openPage(browser, shared);
		await again.page.locator('[data-testid="place-detail"] h2', { hasText: 'Ankara' }).waitFor();
		await again.page.close();
		await page.goBack();
		await panel.waitFor({ state: 'detached' });
		await page.close();
	});

	it('works on a phone: the panel is a bottom sheet', async () => {
		const { page, errors } = await openPage(browser, URL_, { width: 375, height: 667 });
		await waitForMap(page);
		await clickPlace(page, 'kyiv');
		const box = await page.locator('.panel').boundingBox();
		expect(box!.width).toBeGreaterThan(370);
		expect(box!.y).toBeGreaterThan(200);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('without WebGL', () => {
	it('draws the same overlays on a static SVG map, says why, and the panel works', async () => {
		const noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
		try {
			const { page, errors, foreign } = await openPage(noGl, URL_);
			await page.waitForSelector('[data-testid="static-map"] path[d^="M"]', { timeout: 20_000 });
			expect(await page.locator('.notice').textContent()).toMatch(/WebGL/);
			expect(await page.locator('.overlay [data-event]').count()).toBe(STORY.events.length);
			await clickPlace(page, 'riyadh');
			await page.locator('[data-testid="place-detail"] h2', { hasText: 'Riyadh' }).waitFor();
			expect(foreign).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		} finally {
			await noGl.close();
		}
	});
});
