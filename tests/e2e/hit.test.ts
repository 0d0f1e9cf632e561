/**
 * Hit targets (issue #16.1): every mark of the flagship story, probed at 9 points inside its
 * drawn shape, at three screen sizes, at the first view and at each presentation scene's
 * camera and time window. A click there must open that mark, or a chooser that lists it. The
 * click is a real pointerdown + click dispatched at the element on top of that point, so it
 * goes through whatever catches pointers on the page, as a reader's would.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import { STORY, openPage, waitForMap } from './helpers';
import { probeAll } from './probe';
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
// A probe that ran out of time is still clicking inside its page; close every page a test
// left open, so it doesn't take the CPU (and the map's load) from the tests after it.
afterEach(async () => {
	await Promise.all(browser.contexts().map((c) => c.close().catch(() => {})));
});

async function mapSize(page: Page) {
	return page.evaluate(() => {
		const r = document.querySelector('svg.overlay')!.getBoundingClientRect();
		return { width: r.width, height: r.height };
	});
}

const SIZES = [
	{ width: 375, height: 667 },
	{ width: 1280, height: 800 },
	{ width: 1920, height: 1080 }
];

describe('hit targets: the marks a reader came for win the pointer', () => {
	for (const viewport of SIZES) {
		it(`reaches every mark from 9 points inside it at ${viewport.width}×${viewport.height}, first view`, async () => {
			const { page, errors } = await openPage(browser, URL_, viewport);
			await waitForMap(page);
			const r = await probeAll(page, viewport.width < 500);
			console.log(`probe ${viewport.width}×${viewport.height}, first view: ${r.reached}/${r.points} points reach their mark, ${r.marks} marks, ${r.covered} points under a control`);
			expect(r.points).toBeGreaterThan(300);
			expect(r.details).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		}, 400_000);
	}

	// Every scene's camera and time window (what a class sees, then explores), at each size:
	// 9 points a mark at the laptop size, 3 at the others to keep the suite's time on a shared
	// machine (about 30 ms a click); PROBE_FULL=1 probes 9 points a mark at every size.
	const FULL = !!process.env.PROBE_FULL;
	for (const viewport of SIZES) {
		const per = FULL || viewport.width === 1280 ? 9 : 3;
		it(`reaches every mark from ${per} points inside it at each scene's view at ${viewport.width}×${viewport.height}`, async () => {
			const { page, errors } = await openPage(browser, URL_, viewport);
			await waitForMap(page);
			const views: string[] = [];
			const { width, height } = await mapSize(page);
			for (const scene of STORY.scenes) {
				const cam = sceneCamera(scene, STORY, width, height);
				const t = scene.window ? `&t=${scene.window.start}..${scene.window.end}` : '';
				views.push(`?c=${cam.center[0].toFixed(4)},${cam.center[1].toFixed(4)},${cam.zoom.toFixed(2)}${t}`);
			}
			const failures: string[] = [];
			let total = 0;
			for (const q of views) {
				if (q) {
					await page.goto(`${URL_}${q}`, { waitUntil: 'load' });
					await waitForMap(page);
				}
				const r = await probeAll(page, viewport.width < 500, per);
				total += r.points;
				expect(r.marks).toBeGreaterThan(5);
				if (r.reached !== r.points) failures.push(`${q}: ${r.reached}/${r.points} — ${r.details.join('; ')}`);
			}
			console.log(`probe ${viewport.width}×${viewport.height}, ${views.length} scenes, ${per} points a mark: ${total} points, misses: ${failures.length ? failures.join(' | ') : 'none'}`);
			expect(total).toBeGreaterThan(per * 100);
			// Issue #16.1: every point, as at the first view. Until 2026-12-03 a point within a pixel
			// of a muted or planned meeting circle's edge missed it (1/4148 at 1280×800, 8/1463 at
			// 1920×1080): a click was picked at its whole-pixel coordinates, and the outline was not
			// part of the shape (overlays/pick.ts and its tests).
			expect(failures).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		// About 30 ms a point at rest, and ten times that on a machine loaded to 20 (measured
		// 2026-12-03, when 600 s ran out at 1280×800): room for a shared CI machine.
		}, 1_500_000);
	}

	it('on the Riyadh talks: a click at its centre opens it, not Saudi Arabia', async () => {
		const { page } = await openPage(browser, URL_);
		await waitForMap(page);
		const talks = STORY.events.find((e) => e.kind === 'meeting' && e.place === 'diriyah-palace' && e.status === 'happened')!;
		const c = await page.evaluate((id) => {
			const b = document.querySelector(`.mark[data-event="${id}"] circle.meeting`)!.getBoundingClientRect();
			return [b.left + b.width / 2, b.top + b.height / 2];
		}, talks.id);
		await page.mouse.click(c[0]!, c[1]!);
		const chosen = page.locator(`.chooser button[data-id="${talks.id}"]`);
		if (await page.locator('.chooser').count()) {
			expect(await page.locator('.chooser button[data-id="saudi-arabia-country"]').count()).toBe(0);
			await chosen.click();
		}
		await page.waitForSelector(`.mark.selected[data-event="${talks.id}"]`, { state: 'attached' });
		expect(page.url()).toContain(`sel=event:${talks.id}`);
		await page.close();
	});

	it('a chooser lists marks that share a spot, and is worked by keyboard', async () => {
		const { page } = await openPage(browser, URL_);
		await waitForMap(page);
		// Riyadh's meetings sit around one spot: find a point two of them share.
		const at = await page.evaluate(() => {
			const circles = [...document.querySelectorAll('.meeting-mark circle.meeting')].map((c) => c.getBoundingClientRect());
			for (const a of circles)
				for (const b of circles) {
					if (a === b) continue;
					const x = Math.max(a.left, b.left) + 1, y = Math.max(a.top, b.top) + 1;
					if (x < Math.min(a.right, b.right) - 1 && y < Math.min(a.bottom, b.bottom) - 1) {
						const ca = [a.left + a.width / 2, a.top + a.height / 2], cb = [b.left + b.width / 2, b.top + b.height / 2];
						const mx = (ca[0]! + cb[0]!) / 2, my = (ca[1]! + cb[1]!) / 2;
						if (Math.hypot(mx - ca[0]!, my - ca[1]!) < a.width / 2 && Math.hypot(mx - cb[0]!, my - cb[1]!) < b.width / 2) return [mx, my];
					}
				}
			return null;
		});
		expect(at).not.toBeNull();
		await page.mouse.click(at![0]!, at![1]!);
		const rows = page.locator('.chooser button[data-id]');
		await rows.first().waitFor();
		expect(await rows.count()).toBeGreaterThan(1);
		// Whole inside the map box (it scrolls when the rows do not fit), not under the timeline.
		const fits = await page.evaluate(() => {
			const c = document.querySelector('.chooser')!.getBoundingClientRect(), m = document.querySelector('.mapbox')!.getBoundingClientRect();
			return c.left >= m.left && c.right <= m.right && c.top >= m.top && c.bottom <= m.bottom;
		});
		expect(fits).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.closest('.chooser') !== null)).toBe(true);
		await page.keyboard.press('ArrowDown');
		const second = await rows.nth(1).getAttribute('data-id');
		await page.keyboard.press('Enter');
		await page.waitForSelector(`.selected[data-event="${second}"], .selected[data-place="${second}"]`, { state: 'attached' });
		expect(await page.locator('.chooser').count()).toBe(0);
		await page.close();
	});
});
