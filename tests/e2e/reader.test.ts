/**
 * The reader's map (issue #16): a true time axis, Back and Forward through selections, dark
 * mode, the phone (list cards, menus, filter chips, bottom sheet), print, and embeds whose
 * snippet works pasted on another origin.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import { STORY, clickPlace, openPage, waitForMap } from './helpers';
import { DEFAULT_SITE_ORIGIN } from '../../src/lib/site-origin.js';

const base = inject('baseURL');
const SLUG = 'riyadh-talks-2025';
const MAP = `${base}/stories/${SLUG}/`;
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const heading = (page: Page) => page.locator('.panel h2').first().textContent();

describe('time', () => {
	it('draws a time axis with date labels, each event tick at its date', async () => {
		const { page, errors } = await openPage(browser, MAP);
		await waitForMap(page);
		const labels = await page.locator('[data-testid="timeline-track"] text.label').allTextContents();
		expect(labels.length).toBeGreaterThan(4);
		expect(labels).toContain('2020');
		expect(labels.some((l) => /^\d{1,2} Feb$/.test(l))).toBe(true);
		// Ticks are in date order, and equal stretches of days in the main band are equally wide.
		const xs = await page.evaluate(() =>
			Object.fromEntries([...document.querySelectorAll<SVGRectElement>('[data-tick]')].map((r) => [r.dataset.tick!, Number(r.getAttribute('x'))]))
		);
		const dated = STORY.events.filter((e) => e.date || e.start).sort((a, b) => ((a.date ?? a.start)! < (b.date ?? b.start)! ? -1 : 1));
		expect(Object.keys(xs)).toHaveLength(dated.length);
		for (let i = 1; i < dated.length; i++) expect(xs[dated[i]!.id]!).toBeGreaterThanOrEqual(xs[dated[i - 1]!.id]!);
		const day = (id: string) => xs[id]!;
		const perDayA = (day('riyadh-talks-2025-02-18') - day('putin-trump-call-2025-02-12')) / 6;
		const perDayB = (day('kyiv-summit-2025-02-24') - day('riyadh-talks-2025-02-18')) / 6;
		expect(Math.abs(perDayA - perDayB)).toBeLessThan(0.6);
		// 2008 → 2022 is not as wide as 17 → 18 February any more.
		expect(day('russia-full-scale-invasion-2022') - day('bucharest-summit-2008')).toBeLessThan(2 * perDayA);
		// The play button keeps its icon inside it.
		const play = (await page.getByRole('button', { name: /Play the story/ }).boundingBox())!;
		const icon = (await page.locator('.timeline .play svg').boundingBox())!;
		expect(icon.x).toBeGreaterThan(play.x);
		expect(icon.y).toBeGreaterThan(play.y);
		expect(icon.x + icon.width).toBeLessThan(play.x + play.width);
		// A tap on the Riyadh talks' tick picks its day.
		const box = (await page.locator('[data-testid="timeline-track"]').boundingBox())!;
		await page.mouse.click(box.x + day('riyadh-talks-2025-02-18') + 1, box.y + 14);
		await page.waitForFunction(() => new URL(location.href).searchParams.get('t') === '2025-02-18..2025-02-18');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('hides a figure outside its date, and marks an undated fact as background', async () => {
		const kursk = 'nk-troops-kursk-january-2025';
		const { page } = await openPage(browser, `${MAP}?t=2024-10-01..2024-10-31&sel=event:${kursk}`);
		const panel = page.locator('[data-testid="event-detail"]');
		await panel.waitFor();
		expect(await panel.locator('[data-testid="figure"]').count()).toBe(0);
		expect(await panel.locator('[data-testid="figures-hidden"]').textContent()).toMatch(/outside the chosen dates/);
		await page.goto(`${MAP}?t=2025-01-01..2025-01-31&sel=event:${kursk}`);
		await panel.locator('[data-testid="figure"]').first().waitFor();
		expect(await panel.locator('[data-testid="figure"]').first().textContent()).toBe(
			'more than 12,000\u00a0troops (strength in Russia), according to United States and Dorothy Camille Shea, as of January 2025'
		);
		const undated = STORY.events.find((e) => !e.date && !e.start)!;
		await page.goto(`${MAP}?t=2025-02-18..2025-02-18&sel=event:${undated.id}`);
		expect(await page.locator('[data-testid="background-note"]').textContent()).toMatch(/Background/);
		await page.close();
	});
});

describe('history', () => {
	it('walks Back and Forward through three selections, the panel following', async () => {
		const { page, errors } = await openPage(browser, MAP);
		await waitForMap(page);
		for (const id of ['ankara', 'kyiv', 'warsaw']) {
			// Ankara's and Kyiv's dots lie inside meetings there: the city is picked from the chooser.
			await clickPlace(page, id);
			await page.locator('[data-testid="place-detail"] h2', { hasText: new RegExp(id, 'i') }).waitFor();
		}
		// A camera move replaces the entry, it does not add one.
		const length = await page.evaluate(() => history.length);
		await page.evaluate(() => (window as any).__newsmap.map.jumpTo({ center: [20, 50], zoom: 4 }));
		await page.waitForFunction(() => new URL(location.href).searchParams.get('c')?.startsWith('20,50'));
		expect(await page.evaluate(() => history.length)).toBe(length);
		for (const want of ['Kyiv', 'Ankara', 'How to read this map']) {
			await page.goBack();
			await page.locator('.panel h2', { hasText: want }).waitFor();
		}
		expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
		for (const want of ['Ankara', 'Kyiv', 'Warsaw']) {
			await page.goForward();
			await page.locator('.panel h2', { hasText: want }).waitFor();
			expect(new URL(page.url()).searchParams.get('sel')).toBe(`place:${want.toLowerCase()}`);
		}
		expect(await heading(page)).toBe('Warsaw');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('dark mode', () => {
	it('follows the system, and a remembered switch, with a dark basemap', async () => {
		const { page, errors } = await openPage(browser, MAP);
		await page.emulateMedia({ colorScheme: 'dark' });
		await waitForMap(page);
		const paper = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		const water = () => page.evaluate(() => (window as any).__newsmap.map.getPaintProperty('water', 'background-color'));
		expect(await paper()).toBe('rgb(22, 25, 28)');
		await page.waitForFunction(() => (window as any).__newsmap.map.getPaintProperty('water', 'background-color') === '#101c26');
		// The switch: light, though the system is dark; remembered across a reload.
		await page.getByLabel('Colour scheme').first().selectOption('light');
		expect(await paper()).toBe('rgb(255, 255, 255)');
		await page.waitForFunction(() => (window as any).__newsmap.map.getPaintProperty('water', 'background-color') === '#dfe9ef');
		await page.reload({ waitUntil: 'load' });
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		expect(await paper()).toBe('rgb(255, 255, 255)');
		await waitForMap(page);
		expect(await water()).toBe('#dfe9ef');
		// The place page has the switch too, and the same choice.
		await page.goto(`${base}/stories/${SLUG}/places/kursk/`);
		expect(await paper()).toBe('rgb(255, 255, 255)');
		await page.getByLabel('Colour scheme').selectOption('dark');
		expect(await paper()).toBe('rgb(22, 25, 28)');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('phone', () => {
	it('reflows the list to cards with no sideways scroll at 320 px', async () => {
		for (const width of [320, 375]) {
			const { page } = await openPage(browser, `${MAP}?v=list`, { width, height: 640 });
			const list = page.locator('[data-testid="event-list"]');
			await list.waitFor();
			const over = await page.evaluate(() => ({
				page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
				list: (() => {
					const l = document.querySelector<HTMLElement>('[data-testid="event-list"]')!;
					return l.scrollWidth - l.clientWidth;
				})()
			}));
			expect(over, `at ${width} px`).toEqual({ page: 0, list: 0 });
			// Still sortable: the sort buttons are a row above the cards.
			await page.getByRole('button', { name: /^Where/ }).click();
			expect(await page.locator('th[aria-sort="ascending"]').textContent()).toMatch(/Where/);
			await page.close();
		}
	});

	it('closes the filter menu on Escape and on a press outside, and shows each filter as a removable chip', async () => {
		const { page } = await openPage(browser, MAP, { width: 375, height: 667 });
		await waitForMap(page);
		const menu = page.locator('details.filters-menu');
		await menu.locator('summary').click();
		await page.locator('.filters-pop').waitFor();
		await page.keyboard.press('Escape');
		expect(await menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
		await menu.locator('summary').click();
		await page.getByRole('checkbox', { name: /^Meetings/ }).check();
		await page.mouse.click(150, 15);
		expect(await menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
		// An actor chosen from search is a chip with a name, not only a count.
		await page.getByRole('combobox', { name: /search/i }).fill('Russia');
		// The state, not the country (a place) nor an event.
		await page.locator('[role="option"]', { hasText: 'Russia' }).filter({ hasNotText: '·' }).first().click();
		const chips = page.locator('.chips .chip');
		await chips.nth(1).waitFor();
		expect((await chips.allTextContents()).map((t) => t.replace('×', '').trim())).toEqual(['Meetings', 'Russia']);
		// The filter's name is bidi-isolated in the label (U+2068 … U+2069), as every name is.
		await page.getByRole('button', { name: /^Remove filter: \u2068?Meetings\u2069?$/ }).click();
		expect(new URL(page.url()).searchParams.get('k')).toBeNull();
		expect(new URL(page.url()).searchParams.get('a')).toBe('russia');
		await page.close();
	});

	it('a place panel lists only the events the filters show', async () => {
		const { page } = await openPage(browser, `${MAP}?sel=place:riyadh`);
		const panel = page.locator('[data-testid="place-detail"]');
		await panel.waitFor();
		const all = await panel.locator('.events li').count();
		await page.goto(`${MAP}?k=meetings&sel=place:riyadh`);
		await panel.waitFor();
		const titles = await panel.locator('.events li .title').allTextContents();
		expect(titles.length).toBeGreaterThan(0);
		expect(titles.length).toBeLessThan(all);
		const meetings = STORY.events.filter((e) => e.kind === 'meeting').map((e) => e.title);
		for (const t of titles) expect(meetings).toContain(t);
		expect(await panel.locator('[data-testid="filtered-out"]').textContent()).toBe(`${all - titles.length} more hidden by the filters.`);
		await page.close();
	});

	it('opens the panel as a bottom sheet that snaps, with the selection in sight above it', async () => {
		const { page, errors } = await openPage(browser, MAP, { width: 375, height: 667 });
		await waitForMap(page);
		await page.getByRole('combobox', { name: /search/i }).fill('Riyadh');
		await page.getByRole('option', { name: /^Riyadh/ }).first().click();
		const panel = page.locator('aside.panel');
		await page.locator('[data-testid="place-detail"]').waitFor();
		expect(await panel.getAttribute('data-snap')).toBe('half');
		const inSight = async () => {
			await page.waitForTimeout(1200);
			return page.evaluate(() => {
				const dot = document.querySelector('.overlay .place[data-place="riyadh"] .dot')!.getBoundingClientRect();
				const sheet = document.querySelector('aside.panel')!.getBoundingClientRect();
				const map = document.querySelector('.mapbox')!.getBoundingClientRect();
				return dot.bottom <= sheet.top && dot.top >= map.top && dot.left >= 0 && dot.right <= innerWidth;
			});
		};
		expect(await inSight()).toBe(true);
		// A tap on the handle steps to full, then down to a peek.
		const handle = page.getByRole('button', { name: /Enlarge the details/ });
		await handle.click();
		expect(await panel.getAttribute('data-snap')).toBe('full');
		await page.getByRole('button', { name: /Shrink the details/ }).click();
		expect(await panel.getAttribute('data-snap')).toBe('peek');
		await page.waitForTimeout(500); // the sheet's slide
		// A drag snaps to the nearest point.
		const h = (await page.locator('.sheet-handle').boundingBox())!;
		await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
		await page.mouse.down();
		const box = await page.evaluate(() => document.querySelector('.mapbox')!.clientHeight);
		// From a peek (30 %) up by a quarter of the map: nearest is half (56 %).
		await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2 - box * 0.25, { steps: 6 });
		await page.mouse.up();
		expect(await panel.getAttribute('data-snap')).toBe('half');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('print', () => {
	it('prints the key open, every place in frame, no controls', async () => {
		const { page, errors } = await openPage(browser, MAP);
		await waitForMap(page);
		const places = await page.locator('.overlay .place[data-place]').count();
		// The first view is the story framed to this map (its camera in the link).
		const before = new URL(page.url()).searchParams.get('c');
		await page.emulateMedia({ media: 'print' });
		// The printed map is a still picture of the whole story (the live map's canvas is not printed).
		await page.waitForSelector('.print-map .overlay .place');
		// Framed on the whole story: the camera zooms out to fit every place.
		await page.waitForFunction(() => Number(new URL(location.href).searchParams.get('c')?.split(',')[2] ?? 9) < 2, undefined, { timeout: 15_000 });
		await page.waitForTimeout(800);
		const state = await page.evaluate(() => {
			const visible = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].some((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
			const box = document.querySelector('.print-map')!.getBoundingClientRect();
			const outside = [...document.querySelectorAll('.print-map .overlay .place[data-place]')]
				.map((p) => ({ id: p.getAttribute('data-place'), r: p.querySelector('.dot')!.getBoundingClientRect() }))
				.filter(({ r }) => r.width > 0 && (r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom))
				.map((p) => p.id);
			const legendRow = document.querySelector('.legend-spot li');
			return {
				outside,
				places: document.querySelectorAll('.print-map .overlay .place[data-place]').length,
				live: visible('.maplibregl-canvas'),
				legend: !!legendRow && legendRow.getClientRects().length > 0 && legendRow.getBoundingClientRect().height > 0,
				share: visible('.actions button'),
				toolbar: visible('.toolbar'),
				timeline: visible('.timeline'),
				handout: visible('.handout'),
				// The map, the key, then the handout: each below the last (the handout's first event
				// was once printed under the key, the map's box sized as if empty).
				order: ['.print-map', '.legend-spot', '.handout'].map((sel) => document.querySelector(sel)!.getBoundingClientRect()).every((r, i, all) => i === 0 || r.top >= all[i - 1]!.bottom - 1)
			};
		});
		expect(state.places).toBe(places);
		expect(state.outside).toEqual([]);
		expect(state).toMatchObject({ legend: true, share: false, toolbar: false, timeline: false, handout: true, live: false, order: true });
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		// Back on screen, the reader's own view returns.
		await page.emulateMedia({ media: 'screen' });
		await page.waitForFunction((before) => new URL(location.href).searchParams.get('c') === before, before);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('embeds that paste anywhere', () => {
	it('the static oEmbed file holds absolute URLs, and its snippet works pasted on a second origin', async () => {
		const o = await (await fetch(`${base}/oembed/stories/${SLUG}.json`)).json();
		expect(o.provider_url).toBe(`${DEFAULT_SITE_ORIGIN}/`);
		expect(o.html).toContain(`src="${DEFAULT_SITE_ORIGIN}/embed.js"`);
		expect(o.html).toContain(`<iframe src="${DEFAULT_SITE_ORIGIN}/stories/${SLUG}/embed/"`);
		const discovery = await (await fetch(MAP)).text();
		expect(discovery).toContain(`href="${DEFAULT_SITE_ORIGIN}/oembed/stories/${SLUG}.json"`);
		// The snippet, exactly as the file gives it, in an article on another origin. The built
		// site's origin is `npm start`'s; here the test server answers for it.
		const host = http.createServer((_, res) => {
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body><h1>News</h1>${o.html}</body></html>`);
		});
		await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
		const hostURL = `http://127.0.0.1:${(host.address() as AddressInfo).port}/article`;
		try {
			const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await context.route(`${DEFAULT_SITE_ORIGIN}/**`, async (route) => {
				const url = route.request().url().replace(DEFAULT_SITE_ORIGIN, base);
				const res = await fetch(url);
				const headers = Object.fromEntries(res.headers.entries());
				delete headers['content-encoding'];
				await route.fulfill({ status: res.status, headers, body: Buffer.from(await res.arrayBuffer()) });
			});
			await page.goto(hostURL, { waitUntil: 'load' });
			const frame = page.frameLocator('iframe[data-newsmap-embed]');
			await frame.locator('[data-testid="embed"]').waitFor({ timeout: 30_000 });
			expect(await frame.locator('.overlay [data-event]').count()).toBe(STORY.events.length);
			expect(await frame.locator('body').textContent()).not.toMatch(/not found/i);
			// The host script sized the frame to its content.
			await page.waitForFunction(() => document.querySelector('iframe')!.getBoundingClientRect().height > 400, undefined, { timeout: 10_000 });
			expect(errors).toEqual([]);
			await context.close();
		} finally {
			await new Promise((r) => host.close(r));
		}
	});
});
