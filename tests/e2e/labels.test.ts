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

/** In the page: every map label's drawn box against the map box, the dots and the event symbols. */
function countLabels(key: string[]): Count {
	type R = { left: number; top: number; right: number; bottom: number };
	const box = document.querySelector('svg.overlay')!.getBoundingClientRect();
	const meets = (a: R, b: R, slack = 0.5) => a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
	const labels = [...document.querySelectorAll<SVGTextElement>('svg.overlay .place-labels text, svg.overlay .country-labels text, svg.overlay .edge text')];
	// A deployment's stated count ("more than 12,000") is text on the map too: never cut.
	const counts = [...document.querySelectorAll<SVGTextElement>('svg.overlay .mark:not(.faded) text.count')];
	const dots = [...document.querySelectorAll('svg.overlay .place[data-place]')].map((g) => ({ id: g.getAttribute('data-place')!, r: g.querySelector('.dot')!.getBoundingClientRect() }));
	// Event symbols: what is drawn at a point (a meeting's circle, a deployment's box…), not lines.
	const symbols = [...document.querySelectorAll('svg.overlay .mark[data-event]')].flatMap((m) =>
		[...m.querySelectorAll('circle:not(.hit), rect:not(.hit), polygon:not(.hit)')].map((s) => ({ id: m.getAttribute('data-event')!, r: s.getBoundingClientRect() }))
	);
	const out: Count = { labels: labels.length, cut: [], keyShown: 0, unlabelled: [], ownMarker: [], otherMarker: [], eachOther: [] };
	for (const t of counts) {
		const r = t.getBoundingClientRect();
		if (r.left < box.left || r.right > box.right) out.cut.push(`count ${t.textContent} [${Math.round(r.left - box.left)} … ${Math.round(r.right - box.left)}]`);
	}
	for (const id of key) {
		const g = document.querySelector(`svg.overlay .place[data-place="${id}"]`);
		if (!g || g.classList.contains('dimmed')) continue;
		const d = g.querySelector('.dot')!.getBoundingClientRect();
		if (d.left < box.left + 4 || d.right > box.right - 4 || d.top < box.top + 4 || d.bottom > box.bottom - 4) continue;
		out.keyShown++;
		if (!document.querySelector(`svg.overlay .place-labels [data-label="${id}"]`)) out.unlabelled.push(id);
	}
	const rects = labels.map((t) => ({ t, r: t.getBoundingClientRect(), own: t.getAttribute('data-label') ?? t.closest('[data-edge]')?.getAttribute('data-edge') ?? null }));
	for (const { t, r, own } of rects) {
		const name = t.textContent ?? '';
		if (r.left < box.left || r.top < box.top || r.right > box.right || r.bottom > box.bottom) out.cut.push(`${name} [${Math.round(r.left - box.left)},${Math.round(r.top - box.top)} … ${Math.round(r.right - box.left)},${Math.round(r.bottom - box.top)}]`);
		for (const d of dots) if (meets(r, d.r)) (d.id === own ? out.ownMarker : out.otherMarker).push(`${name} over ${d.id}'s dot`);
		if (t.closest('.place-labels')) for (const s of symbols) if (meets(r, s.r)) out.otherMarker.push(`${name} over ${s.id}`);
	}
	for (let i = 0; i < rects.length; i++)
		for (let j = i + 1; j < rects.length; j++) if (meets(rects[i]!.r, rects[j]!.r)) out.eachOther.push(`${rects[i]!.t.textContent} / ${rects[j]!.t.textContent}`);
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
			console.log(`labels at ${viewport.width}×${viewport.height}: ${labels} drawn over ${views.length} views, ${found.length} faults; key cities unlabelled ${unlabelled.length}/${keyShown}${unlabelled.length ? ` (${unlabelled.join('; ')})` : ''}`);
			// A phone's map labels fewer places: there is less room, and a label never goes where it cannot fit.
			expect(labels).toBeGreaterThan(views.length * 3);
			expect(found).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		}, 240_000);
	}
});
