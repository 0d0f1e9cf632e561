/**
 * Labels (issue #16.7), counted on the flagship views as drawn: the first view at a phone, a
 * laptop and a projector, and each presentation scene's camera and time window. A label is
 * cut when its drawn box leaves the map box; it is over a marker when its box meets a place's
 * dot or an event's symbol. The rule that keeps both at 0 is in src/lib/overlays/labels.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import { STORY, openPage, waitForMap } from './helpers';
import { sceneCamera } from '../../src/lib/present/scenes';

const base = inject('baseURL');
const URL_ = `${base}/stories/riyadh-talks-2025/`;
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

interface Count {
	labels: number;
	cut: string[];
	/** Key cities whose dot is in view, and those of them with no label. */
	keyShown: number;
	unlabelled: string[];
	ownMarker: string[];
	otherMarker: string[];
	eachOther: string[];
}

/** The story's key cities (issue #16's framing list): where their dot shows, their name does. */
const KEY = ['riyadh', 'paris', 'ankara', 'kursk', 'kyiv', 'moscow'];

/**
 * In the page: every map label's drawn box against the part of the map that shows (the map box;
 * a poster's frame is larger and only its middle shows), the dots and the event symbols. A
 * deployment's stated count ("more than 12,000") is a label too, faint or not. A label wholly outside the
 * map box is not seen, so neither cut nor over anything. Over a symbol counts where the symbol
 * is not dimmed (a presentation's scene lets its labels run over the marks it dims), except for
 * a count, which is never over another mark. Text is compared without its bidi isolates.
 */
function countLabels(key: string[]): Count {
	type R = { left: number; top: number; right: number; bottom: number };
	const svg = document.querySelector('svg.overlay')!;
	const s = svg.getBoundingClientRect();
	const m = (svg.closest('.mapbox') ?? svg).getBoundingClientRect();
	const box = { left: Math.max(s.left, m.left), top: Math.max(s.top, m.top), right: Math.min(s.right, m.right), bottom: Math.min(s.bottom, m.bottom) };
	const meets = (a: R, b: R, slack = 0.5) => a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
	const text = (t: Element) => (t.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
	const seen = (r: R) => meets(r, box, 0);
	const dimmed = (e: Element) => !!e.closest('.dimmed');
	const labels = [...document.querySelectorAll<SVGTextElement>('svg.overlay .place-labels text, svg.overlay .country-labels text, svg.overlay .edge text, svg.overlay .mark text.count')];
	const dots = [...document.querySelectorAll('svg.overlay .place[data-place]')].map((g) => ({ id: g.getAttribute('data-place')!, r: g.querySelector('.dot')!.getBoundingClientRect() }));
	// Event symbols: what is drawn at a point (a meeting's circle, a deployment's box…), not lines.
	const symbols = [...document.querySelectorAll('svg.overlay .mark[data-event]')].flatMap((mk) =>
		[...mk.querySelectorAll('circle:not(.hit), rect:not(.hit), polygon:not(.hit)')].map((sy) => ({ id: mk.getAttribute('data-event')!, dim: dimmed(mk), r: sy.getBoundingClientRect() }))
	);
	const out: Count = { labels: 0, cut: [], keyShown: 0, unlabelled: [], ownMarker: [], otherMarker: [], eachOther: [] };
	for (const id of key) {
		const g = document.querySelector(`svg.overlay .place[data-place="${id}"]`);
		if (!g || g.classList.contains('dimmed')) continue;
		const d = g.querySelector('.dot')!.getBoundingClientRect();
		if (d.left < box.left + 4 || d.right > box.right - 4 || d.top < box.top + 4 || d.bottom > box.bottom - 4) continue;
		out.keyShown++;
		if (!document.querySelector(`svg.overlay .place-labels [data-label="${id}"]`)) out.unlabelled.push(id);
	}
	const rects = labels
		.map((t) => ({ t, r: t.getBoundingClientRect(), count: t.classList.contains('count'), mark: t.closest('[data-event]')?.getAttribute('data-event') ?? null, own: t.getAttribute('data-label') ?? t.closest('[data-edge]')?.getAttribute('data-edge') ?? null }))
		.filter(({ r }) => r.width > 0 && seen(r));
	out.labels = rects.length;
	for (const { t, r, own, count, mark } of rects) {
		const name = count ? `count ${text(t)}` : text(t);
		if (r.left < box.left || r.top < box.top || r.right > box.right || r.bottom > box.bottom) out.cut.push(`${name} [${Math.round(r.left - box.left)},${Math.round(r.top - box.top)} … ${Math.round(r.right - box.left)},${Math.round(r.bottom - box.top)}]`);
		for (const d of dots) if (meets(r, d.r)) (d.id === own ? out.ownMarker : out.otherMarker).push(`${name} over ${d.id}'s dot`);
		if (t.closest('.country-labels')) continue;
		for (const sy of symbols) if (sy.id !== mark && (count || !sy.dim) && meets(r, sy.r)) out.otherMarker.push(`${name} over ${sy.id}`);
	}
	for (let i = 0; i < rects.length; i++)
		for (let j = i + 1; j < rects.length; j++) if (meets(rects[i]!.r, rects[j]!.r)) out.eachOther.push(`${text(rects[i]!.t)} / ${text(rects[j]!.t)}`);
	return out;
}

async function mapSize(page: Page) {
	return page.evaluate(() => {
		const r = document.querySelector('svg.overlay')!.getBoundingClientRect();
		return { width: r.width, height: r.height };
	});
}

describe('labels: never cut, never over a marker', () => {
	for (const viewport of [
		{ width: 375, height: 667 },
		{ width: 1280, height: 800 },
		{ width: 1920, height: 1080 }
	]) {
		it(`at ${viewport.width}×${viewport.height}: the first view and every scene`, async () => {
			const { page, errors } = await openPage(browser, URL_, viewport);
			await waitForMap(page);
			const { width, height } = await mapSize(page);
			const views = ['', ...STORY.scenes.map((scene) => {
				const cam = sceneCamera(scene, STORY, width, height);
				const t = scene.window ? `&t=${scene.window.start}..${scene.window.end}` : '';
				return `?c=${cam.center[0].toFixed(4)},${cam.center[1].toFixed(4)},${cam.zoom.toFixed(2)}${t}`;
			})];
			const found: string[] = [];
			const unlabelled: string[] = [];
			let labels = 0, keyShown = 0;
			for (const q of views) {
				if (q) {
					await page.goto(`${URL_}${q}`, { waitUntil: 'load' });
					await waitForMap(page);
				}
				await page.waitForTimeout(150);
				const c = await page.evaluate(countLabels, KEY);
				labels += c.labels;
				keyShown += c.keyShown;
				for (const id of c.unlabelled) unlabelled.push(`${q || 'first view'}: ${id}`);
				// The first view names every key city it shows, at every size.
				if (!q) expect(c.unlabelled).toEqual([]);
				for (const [what, list] of [['cut', c.cut], ['over its own marker', c.ownMarker], ['over a marker', c.otherMarker], ['over a label', c.eachOther]] as const)
					for (const l of list) found.push(`${q || 'first view'}: ${what}: ${l}`);
			}
			console.log(`labels at ${viewport.width}×${viewport.height}: ${labels} drawn over ${views.length} views, ${found.length} faults; key cities unlabelled ${unlabelled.length}/${keyShown}${unlabelled.length ? ` (${unlabelled.join('; ')})` : ''}${found.length ? `\n  ${found.join('\n  ')}` : ''}`);
			// A phone's map labels fewer places: there is less room, and a label never goes where it cannot fit.
			expect(labels).toBeGreaterThan(views.length * 3);
			expect(found).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		}, 240_000);
	}
});

/**
 * The pictures a reader sees first and the other flagship views: the story page's poster (the
 * prerendered marks before the live map takes over) and its live map on a phone, in English
 * and in Arabic (wider names, mirrored page), the French embed on a phone, and the
 * presentation's first scene on a projector. The poster places its labels by the same rule as
 * the live map, in the part of its frame the map box shows.
 */
describe('labels on the poster, the embed, Arabic and the presentation', () => {
	const SLUG = 'riyadh-talks-2025';
	const phone = { width: 375, height: 667 };
	const views: { name: string; url: string; viewport: { width: number; height: number }; live: boolean }[] = [
		{ name: 'story poster, phone', url: `${base}/stories/${SLUG}/`, viewport: phone, live: false },
		{ name: 'story live map, phone', url: `${base}/stories/${SLUG}/`, viewport: phone, live: true },
		{ name: 'story poster, Arabic phone', url: `${base}/ar/stories/${SLUG}/`, viewport: phone, live: false },
		{ name: 'story live map, Arabic phone', url: `${base}/ar/stories/${SLUG}/`, viewport: phone, live: true },
		{ name: 'French embed poster, phone', url: `${base}/fr/stories/${SLUG}/embed/`, viewport: phone, live: false },
		{ name: 'French embed live map, phone', url: `${base}/fr/stories/${SLUG}/embed/?start=view`, viewport: phone, live: true },
		{ name: 'presentation scene 1, 1920×1080', url: `${base}/stories/${SLUG}/present/?scene=1&motion=off`, viewport: { width: 1920, height: 1080 }, live: true }
	];
	for (const v of views)
		it(`${v.name}: 0 cut, 0 overlaps`, async () => {
			const { page, errors } = await openPage(browser, v.url, v.viewport, { reducedMotion: 'reduce' });
			if (v.live) await waitForMap(page);
			else {
				// The story page hydrates its poster, which then places its labels in the map box; an
				// embed's stays the server's HTML until the reader reaches for it (embed/client/main.ts).
				if (!v.url.includes('/embed/')) await page.waitForSelector('.app[data-hydrated]', { timeout: 30_000, state: 'attached' });
				// Still the poster: nothing has started the map.
				expect(await page.locator('[data-testid="map"][data-ready="true"]').count()).toBe(0);
			}
			await page.waitForTimeout(200);
			const c = await page.evaluate(countLabels, KEY);
			const found: string[] = [];
			for (const [what, list] of [['cut', c.cut], ['over its own marker', c.ownMarker], ['over a marker', c.otherMarker], ['over a label', c.eachOther]] as const) for (const l of list) found.push(`${what}: ${l}`);
			console.log(`labels, ${v.name}: ${c.labels} seen, ${c.cut.length} cut, ${c.ownMarker.length + c.otherMarker.length} over a marker, ${c.eachOther.length} over a label; key cities unlabelled ${c.unlabelled.length}/${c.keyShown}${found.length ? `\n  ${found.join('\n  ')}` : ''}`);
			expect(c.labels).toBeGreaterThan(3);
			expect(found).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		}, 90_000);
});
