/**
 * Framing (issue #16.2): the story's places are inside the part of the map a reader can see —
 * inside the map box, and not under the panel, the bottom sheet, the key or the timeline — at
 * the first view on a phone, a laptop and a projector and in the embed; the far places the
 * first view leaves out (Washington) have a marker at the map's edge; selecting an event, or
 * a place found by search, brings its places into that visible part.
 *
 * "Visible" is read from the page as a reader sees it: the element on top at the place's dot
 * (and around it) must belong to the map box and not to the key or a control drawn over it.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import { openPage, waitForMap } from './helpers';

const base = inject('baseURL');
const SLUG = 'riyadh-talks-2025';
const STORY_URL = `${base}/stories/${SLUG}/`;
const EMBED_URL = `${base}/stories/${SLUG}/embed/`;
/** The places the flagship story is about (the list). */
const CORE = ['riyadh', 'paris', 'ankara', 'kursk', 'kyiv', 'moscow'];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** In the page: each place's dot, and whether a reader sees it (with what hides it if not). */
function seen(ids: string[]) {
	const box = document.querySelector('.mapbox')!.getBoundingClientRect();
	const covering = '.legend-spot, .maplibregl-control-container, .notice, .chooser, .panel, .timeline, header, button';
	return ids.map((id) => {
		const dot = document.querySelector(`.overlay .place[data-place="${CSS.escape(id)}"] .dot`);
		if (!dot) return { id, ok: false, why: 'no dot' };
		const r = dot.getBoundingClientRect();
		const x = r.left + r.width / 2, y = r.top + r.height / 2;
		// The dot and a little room around it (its label's side is checked by the label test).
		for (const [dx, dy] of [[0, 0], [-5, 0], [5, 0], [0, -5], [0, 5]] as const) {
			const px = x + dx, py = y + dy;
			if (px < box.left || px > box.right || py < box.top || py > box.bottom || px < 0 || py < 0 || px > innerWidth || py > innerHeight)
				return { id, ok: false, why: `outside the map box at ${Math.round(x - box.left)},${Math.round(y - box.top)} of ${Math.round(box.width)}×${Math.round(box.height)}` };
			const top = document.elementFromPoint(px, py);
			const by = top?.closest(covering);
			if (!top || !top.closest('.mapbox') || by) return { id, ok: false, why: `under ${by ? by.className || by.tagName : top?.tagName ?? 'nothing'}` };
		}
		return { id, ok: true, why: '' };
	});
}

/** In the page: the far places' edge markers, and whether each is whole inside the map box and on top. */
function edges() {
	const box = document.querySelector('.mapbox')!.getBoundingClientRect();
	return [...document.querySelectorAll('.overlay .edge[data-edge]')].map((g) => {
		const arrow = g.querySelector('path')!.getBoundingClientRect();
		const x = arrow.left + arrow.width / 2, y = arrow.top + arrow.height / 2;
		const inside = arrow.left >= box.left && arrow.right <= box.right && arrow.top >= box.top && arrow.bottom <= box.bottom;
		const top = document.elementFromPoint(x, y);
		// Its name: its own on a poster, a label placed by the label rule on the live map.
		const id = g.getAttribute('data-edge')!;
		const name = g.querySelector('text') ?? document.querySelector(`svg.overlay .place-labels text[data-label="edge:${CSS.escape(id)}"]`);
		return { id, inside, onTop: !!top && g.contains(top), label: name?.textContent ?? '' };
	});
}

async function expectSeen(page: Page, ids: string[], what: string) {
	const r = await page.evaluate(seen, ids);
	expect(r.filter((p) => !p.ok).map((p) => `${p.id}: ${p.why}`), what).toEqual([]);
}

/** Washington is either on screen, or has a marker at the edge that a reader sees and can use. */
async function expectFarMarked(page: Page, what: string) {
	// Retried for up to 3 s (vitest's waitFor): while the page hydrates, the still picture follows
	// the camera by a transform that carries its edge marker off screen until the live overlay,
	// built a few marks per task, replaces it (a known glitch of up to a second on a loaded
	// machine; see StoryApp's stillShift). The marker must then be whole and on top.
	await vi.waitFor(
		async () => {
			const [washington] = await page.evaluate(seen, ['washington']);
			const marks = await page.evaluate(edges);
			const marker = marks.find((m) => m.id === 'washington');
			if (washington!.ok) return;
			expect(marker, `${what}: Washington is off the map (${washington!.why}) and has no edge marker`).toBeDefined();
			expect(marker!.inside && marker!.onTop, `${what}: Washington's edge marker is cut or covered`).toBe(true);
			expect(marker!.label).toMatch(/Washington/);
		},
		{ timeout: 3000, interval: 100 }
	);
}

describe('framing: the story in the part of the map a reader sees', () => {
	for (const viewport of [
		{ width: 375, height: 667 },
		{ width: 1280, height: 720 },
		{ width: 1920, height: 1080 }
	]) {
		it(`the story page's first view holds ${CORE.join(', ')} at ${viewport.width}×${viewport.height}, Washington marked at the edge`, async () => {
			const { page, errors } = await openPage(browser, STORY_URL, viewport);
			// The first paint (the poster, before the map starts), then the live map: the same view.
			await page.waitForSelector('.overlay .place[data-place="riyadh"]', { state: 'attached' });
			await page.waitForTimeout(300);
			await expectSeen(page, CORE, 'first paint');
			await expectFarMarked(page, 'first paint');
			await waitForMap(page);
			await expectSeen(page, CORE, 'live map');
			await expectFarMarked(page, 'live map');
			// The marker opens the far place and brings it into view.
			const marker = page.locator('.overlay .edge[data-edge="washington"]');
			if (await marker.count()) {
				await marker.click();
				await page.waitForSelector('.overlay .place.selected[data-place="washington"]', { state: 'attached' });
				await page.waitForFunction(() => !(window as unknown as { __newsmap?: { map: { isMoving(): boolean } } }).__newsmap?.map.isMoving(), undefined, { timeout: 10_000 });
				await page.waitForTimeout(300);
				await expectSeen(page, ['washington'], 'after the edge marker');
			}
			expect(errors).toEqual([]);
			await page.close();
		}, 90_000);
	}

	for (const viewport of [
		{ width: 640, height: 480 },
		{ width: 375, height: 600 }
	]) {
		it(`the embed holds them at ${viewport.width}×${viewport.height}, Washington marked at the edge`, async () => {
			const { page, errors } = await openPage(browser, EMBED_URL, viewport);
			await page.waitForSelector('.overlay .place[data-place="riyadh"]', { state: 'attached' });
			await page.waitForTimeout(300);
			await expectSeen(page, CORE, 'embed poster');
			await expectFarMarked(page, 'embed poster');
			expect(errors).toEqual([]);
			await page.close();
		}, 60_000);
	}
});

describe('framing: a selection is brought into view', () => {
	const settle = (page: Page) =>
		page.waitForFunction(
			() => {
				const m = (window as unknown as { __newsmap?: { map: { isMoving(): boolean } } }).__newsmap?.map;
				return m && !m.isMoving();
			},
			undefined,
			{ timeout: 15_000 }
		);

	for (const viewport of [
		{ width: 1280, height: 720 },
		{ width: 375, height: 667 }
	]) {
		it(`selecting the Putin–Trump call shows Moscow and Washington at ${viewport.width}×${viewport.height}`, async () => {
			const { page, errors } = await openPage(browser, STORY_URL, viewport);
			await waitForMap(page);
			// Chosen from the search, as a reader who read of the call would.
			const search = page.getByRole('combobox').first();
			await search.fill('Putin and Trump speak');
			await page.getByRole('option', { name: /Putin and Trump speak by phone/ }).first().click();
			await page.waitForSelector('.mark.selected[data-event="putin-trump-call-2025-02-12"]', { state: 'attached' });
			await page.waitForTimeout(200);
			await settle(page);
			await page.waitForTimeout(300);
			await expectSeen(page, ['moscow', 'washington'], 'the call selected');
			expect(errors).toEqual([]);
			await page.close();
		}, 90_000);
	}

	it('a place found by search on a phone lands above the bottom sheet', async () => {
		const { page, errors } = await openPage(browser, STORY_URL, { width: 375, height: 667 });
		await waitForMap(page);
		const search = page.getByRole('combobox').first();
		await search.fill('Pyongyang');
		await page.getByRole('option', { name: /Pyongyang/ }).first().click();
		await page.waitForSelector('.overlay .place.selected[data-place="pyongyang"]', { state: 'attached' });
		await page.waitForTimeout(200);
		await settle(page);
		await page.waitForTimeout(300);
		await expectSeen(page, ['pyongyang'], 'Pyongyang chosen from the search');
		expect(errors).toEqual([]);
		await page.close();
	}, 90_000);
});

describe('framing: a place page centres its place', () => {
	// The page has no script: it carries a wide picture and a phone's, each drawn at the size
	// it is shown, and CSS shows one. Measured on the one shown.
	for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 667 }])
		it(`puts the place in the middle of its map, labels readable and clear of the dots, at ${viewport.width}×${viewport.height}`, async () => {
			const { page, errors } = await openPage(browser, `${base}/stories/${SLUG}/places/ankara/`, viewport);
			for (const id of ['ankara', 'kursk', 'washington', 'paris', 'kyiv']) {
				if (id !== 'ankara') await page.goto(`${base}/stories/${SLUG}/places/${id}/`, { waitUntil: 'load' });
				const r = await page.evaluate((id) => {
					const shown = [...document.querySelectorAll<SVGSVGElement>('svg.overlay')].filter((s) => s.getBoundingClientRect().width > 0);
					const overlay = shown[0]!;
					const svg = overlay.getBoundingClientRect();
					const d = overlay.querySelector(`.place[data-place="${CSS.escape(id)}"] .dot`)!.getBoundingClientRect();
					const k = overlay.getScreenCTM()!.a;
					const dots = [...overlay.querySelectorAll('.place .dot')].map((e) => e.getBoundingClientRect()).filter((b) => b.width > 0);
					const labels = [...overlay.querySelectorAll<SVGTextElement>('.place-labels text')].map((t) => ({ text: t.textContent, px: parseFloat(t.getAttribute('font-size')!) * k, b: t.getBBox(), m: t.getScreenCTM()! }));
					// A label's ink box on screen (its glyphs, not the halo), against every dot's.
					const touching = labels.flatMap((l) => {
						const x0 = l.m.a * l.b.x + l.m.e, y0 = l.m.d * (l.b.y + l.b.height * 0.2) + l.m.f, x1 = x0 + l.m.a * l.b.width, y1 = l.m.d * (l.b.y + l.b.height * 0.85) + l.m.f;
						return dots.filter((b) => b.left < x1 && b.right > x0 && b.top < y1 && b.bottom > y0).map(() => l.text);
					});
					return { shown: shown.length, dx: d.left + d.width / 2 - (svg.left + svg.width / 2), dy: d.top + d.height / 2 - (svg.top + svg.height / 2), sizes: labels.map((l) => l.px), touching, overflow: document.documentElement.scrollWidth - innerWidth };
				}, id);
				expect(r.shown, id).toBe(1);
				expect(Math.hypot(r.dx, r.dy), `${id}: ${Math.round(r.dx)}, ${Math.round(r.dy)} px from the centre`).toBeLessThan(3);
				expect(r.sizes.length, id).toBeGreaterThan(0);
				expect(Math.min(...r.sizes), `${id}: labels ${r.sizes.map((s) => s.toFixed(1)).join(', ')} px`).toBeGreaterThanOrEqual(11);
				expect(r.touching, id).toEqual([]);
				expect(r.overflow, id).toBeLessThanOrEqual(0);
			}
			expect(errors).toEqual([]);
			await page.close();
		}, 60_000);
});
