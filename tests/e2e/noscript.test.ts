/**
 * The story page without JavaScript (issue #16.9): the prerendered poster with the same marks
 * the app draws, the key of the kinds the story has, and every event with its sources (outlet,
 * date, a link to the report page). And, with JavaScript, a key of only the story's kinds.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { STORY, openPage } from './helpers';
import { kindOf, LEGEND_KINDS } from '../../src/lib/kinds';

const base = inject('baseURL');
const MAP = `${base}/stories/riyadh-talks-2025/`;
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** The key's rows for a set of events: a kind's own row, or its group's (travel: "Visit or travel"). */
function keyRows(events: readonly { kind: string }[]): string[] {
	const rows = new Set<string>();
	for (const e of events) {
		const k = kindOf(e.kind);
		rows.add(k.legend ? k.kind : LEGEND_KINDS.find((l) => l.group.id === k.group.id)!.kind);
	}
	return [...rows].sort();
}

describe('the story page without JavaScript', () => {
	for (const viewport of [
		{ width: 1280, height: 800 },
		{ width: 375, height: 667 }
	])
		it(`shows the poster with every mark, the key and the events with their sources at ${viewport.width}×${viewport.height}`, async () => {
			const context = await browser.newContext({ viewport, javaScriptEnabled: false });
			const page = await context.newPage();
			const foreign: string[] = [];
			page.on('request', (r) => {
				if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url());
			});
			await page.goto(MAP, { waitUntil: 'load' });
			const seen = await page.evaluate(() => {
				const shown = (el: Element | null) => {
					if (!el) return false;
					const r = el.getBoundingClientRect();
					return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
				};
				const box = document.querySelector('.mapbox')!.getBoundingClientRect();
				const land = document.querySelector('.poster svg.basemap use.land');
				const legend = [...document.querySelectorAll('.legend')].find((l) => shown(l.querySelector('li')));
				return {
					land: shown(land),
					mapHeight: box.height,
					marks: [...document.querySelectorAll('.overlay [data-event]')].map((m) => m.getAttribute('data-event')!),
					// Marks inside the map box, drawn (not a zero box).
					marksInBox: [...document.querySelectorAll('.overlay .mark')].filter((m) => {
						const r = m.getBoundingClientRect();
						return r.width > 0 && r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
					}).length,
					places: document.querySelectorAll('.overlay .place[data-place]').length,
					keyKinds: legend ? [...legend.querySelectorAll('li[data-kind]')].filter(shown).map((l) => l.getAttribute('data-kind')!) : [],
					events: [...document.querySelectorAll('.noscript-story article')].map((a) => ({
						id: a.getAttribute('data-event'),
						title: a.querySelector('h3')?.textContent?.trim(),
						shown: shown(a),
						cites: [...a.querySelectorAll('.cite')].map((c) => ({ text: c.textContent!.trim(), href: c.querySelector('a')?.getAttribute('href') ?? '' }))
					})),
					// Controls that need a script are not offered.
					dead: ['.toolbar-placeholder', '.timeline', '.actions'].filter((s) => shown(document.querySelector(s)))
				};
			});
			expect(seen.land).toBe(true);
			expect(seen.mapHeight).toBeGreaterThan(300);
			expect(seen.marks.sort()).toEqual(STORY.events.map((e) => e.id).sort());
			expect(seen.marksInBox).toBeGreaterThan(STORY.events.length / 2);
			expect(seen.places).toBeGreaterThan(10);
			expect(seen.keyKinds.sort()).toEqual(keyRows(STORY.events));
			expect(seen.events.map((e) => e.id).sort()).toEqual(STORY.events.map((e) => e.id).sort());
			for (const e of seen.events) {
				const ev = STORY.events.find((x) => x.id === e.id)!;
				expect(e.shown, e.id!).toBe(true);
				expect(e.title).toBe(ev.title);
				expect(e.cites.length, e.id!).toBe(ev.sources.length);
				for (const c of e.cites) {
					// Outlet, a date, and the report page (with the quote's anchor).
					expect(c.href, e.id!).toMatch(/\/reports\/[^/]+\/#/);
					expect(c.text, e.id!).toMatch(/\d{1,2} \w+ \d{4}/);
				}
			}
			// A report page link works without a script too.
			const href = seen.events[0]!.cites[0]!.href;
			const report = await page.request.get(new URL(href, MAP).href.split('#')[0]!);
			expect(report.status()).toBe(200);
			expect(seen.dead).toEqual([]);
			expect(foreign).toEqual([]);
			await context.close();
		});
});

describe('the poster in dark mode', () => {
	it('draws its land in the theme\'s colours before any script or map runs', async () => {
		for (const colorScheme of ['dark', 'light'] as const) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false, colorScheme });
			const page = await context.newPage();
			await page.goto(MAP, { waitUntil: 'load' });
			const { land, want, water, sea } = await page.evaluate(() => {
				const root = getComputedStyle(document.documentElement);
				// The computed colour of the page's --land, through a probe element.
				const probe = document.createElement('div');
				probe.style.color = root.getPropertyValue('--land');
				document.body.append(probe);
				const want = getComputedStyle(probe).color;
				probe.style.color = root.getPropertyValue('--water');
				const sea = getComputedStyle(probe).color;
				return { land: getComputedStyle(document.querySelector('.poster svg.basemap use.land')!).fill, want, water: getComputedStyle(document.querySelector('.poster')!).backgroundColor, sea };
			});
			expect(land, colorScheme).toBe(want);
			expect(water, colorScheme).toBe(sea);
			if (colorScheme === 'dark') expect(land).toBe('rgb(43, 47, 51)');
			await context.close();
		}
	});
});

describe('the key', () => {
	it('lists only the kinds the story has', async () => {
		const { page, errors } = await openPage(browser, MAP);
		await page.waitForSelector('.legend-spot .legend li');
		const rows = await page.$$eval('.legend-spot .legend li[data-kind]', (ls) => ls.map((l) => l.getAttribute('data-kind')!));
		expect(rows.sort()).toEqual(keyRows(STORY.events));
		// The flagship has no strike and no exchange: the key does not explain them.
		expect(rows).not.toContain('strike');
		expect(rows).not.toContain('exchange');
		expect(errors).toEqual([]);
		await page.close();
	});
});
