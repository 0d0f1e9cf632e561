/**
 * The presentation sized for a room (issue #16.11), measured in a browser at 1920 × 1080 and
 * 1280 × 720 on every scene: place labels at least 2.5 % of the screen's height at 1080p,
 * meeting circles at least 48 px across, the "On the map" list whole (no item cut off or hidden
 * behind the controls), a key of exactly the kinds the scene shows, and what the scene does not
 * highlight faint enough that its events lead.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import { STORY, openPage, waitForMap } from './helpers';
import { announcement } from '../../src/lib/present/scenes';
import { kindOf, LEGEND_KINDS } from '../../src/lib/kinds';

const base = inject('baseURL');
const PRESENT = `${base}/stories/riyadh-talks-2025/present/`;
const SCENES = STORY.scenes;
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function waitForScene(page: Page, i: number) {
	await page.waitForFunction(
		([t, said]) => document.querySelector('[data-testid="scene-title"]')?.textContent === t && document.querySelector('[data-testid="announce"]')?.textContent === said,
		[SCENES[i]!.title, announcement(SCENES[i]!, i, SCENES.length)] as const,
		{ timeout: 15_000 }
	);
}

const keyRows = (ids: readonly string[]) =>
	[
		...new Set(
			ids.map((id) => {
				const k = kindOf(STORY.events.find((e) => e.id === id)!.kind);
				return k.legend ? k.kind : LEGEND_KINDS.find((l) => l.group.id === k.group.id)!.kind;
			})
		)
	].sort();

/** What one scene looks like, measured on the page. */
const MEASURE = () => {
	const overlay = document.querySelector('.present .overlay')!;
	const opacity = (el: Element) => {
		let o = 1;
		for (let e: Element | null = el; e && e !== overlay; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
		return o;
	};
	const box = document.querySelector('.events-box')!;
	const b = box.getBoundingClientRect();
	const controls = document.querySelector('.controls')!.getBoundingClientRect();
	const items = [...document.querySelectorAll('[data-testid="scene-events"] li')].map((li) => li.getBoundingClientRect());
	return {
		labels: [...overlay.querySelectorAll('.place-labels text')].map((t) => parseFloat(getComputedStyle(t).fontSize)),
		meetings: [...overlay.querySelectorAll('.mark circle.meeting')].map((c) => ({ id: c.closest('[data-event]')!.getAttribute('data-event')!, d: c.getBoundingClientRect().width })),
		marks: [...overlay.querySelectorAll('.mark[data-event]')].map((m) => ({
			id: m.getAttribute('data-event')!,
			highlighted: m.classList.contains('highlighted'),
			happened: m.classList.contains('status-happened'),
			opacity: opacity(m)
		})),
		list: {
			items: items.length,
			cut: items.filter((r) => r.top < b.top - 0.5 || r.bottom > b.bottom + 0.5 || r.right > b.right + 0.5 || r.bottom > controls.top + 0.5).length,
			scrolls: box.scrollHeight > box.clientHeight + 1
		},
		key: [...document.querySelectorAll('[data-testid="scene-key"] li[data-kind]')].map((l) => l.getAttribute('data-kind')!).sort(),
		keyShown: [...document.querySelectorAll('[data-testid="scene-key"] li')].every((l) => l.getBoundingClientRect().height > 0)
	};
};

describe('presentation sized for a room', () => {
	for (const vp of [
		{ width: 1920, height: 1080 },
		{ width: 1280, height: 720 }
	])
		it(`measures every scene at ${vp.width}×${vp.height}`, async () => {
			const { page, errors } = await openPage(browser, `${PRESENT}?scene=1&motion=off`, vp, { reducedMotion: 'reduce' });
			await waitForMap(page);
			const report: string[] = [];
			for (let i = 0; i < SCENES.length; i++) {
				if (i > 0) await page.keyboard.press('ArrowRight');
				await waitForScene(page, i);
				// The list is fitted after the scene is laid out (columns, then smaller type).
				await page.waitForTimeout(150);
				const m = await page.evaluate(MEASURE);
				const sc = SCENES[i]!;
				const hl = new Set(sc.highlight);
				// Labels: at least 2.5 % of the screen's height at 1080p; in proportion below.
				const smallest = Math.min(...m.labels);
				expect(m.labels.length, `scene ${i + 1}`).toBeGreaterThan(0);
				expect(smallest / vp.height, `scene ${i + 1} label ${smallest}px`).toBeGreaterThanOrEqual(0.025);
				// Meeting circles, the scene's and the rest: at least 48 px across.
				for (const c of m.meetings) expect(c.d, `scene ${i + 1} ${c.id}`).toBeGreaterThanOrEqual(48 - 0.5);
				// The list: every item whole, none behind the controls, no scrolling needed.
				expect(m.list.items).toBe(sc.highlight.filter((id) => STORY.events.some((e) => e.id === id)).length);
				expect(m.list, `scene ${i + 1}`).toMatchObject({ cut: 0, scrolls: false });
				// The key: exactly the kinds of the scene's events.
				expect(m.key, `scene ${i + 1}`).toEqual(keyRows(sc.highlight));
				expect(m.keyShown).toBe(true);
				// Dimmed: what the scene does not point at is faint; its events that happened lead.
				const others = m.marks.filter((k) => !hl.has(k.id));
				const lead = m.marks.filter((k) => hl.has(k.id) && k.happened);
				for (const k of others) expect(k.opacity, `scene ${i + 1} ${k.id}`).toBeLessThanOrEqual(0.15);
				for (const k of lead) expect(k.opacity, `scene ${i + 1} ${k.id}`).toBeGreaterThanOrEqual(0.99);
				// Plans beside events that happened stay behind them.
				if (lead.length) for (const k of m.marks.filter((k) => hl.has(k.id) && !k.happened)) expect(k.opacity).toBeLessThanOrEqual(0.6);
				report.push(`scene ${i + 1}: label ${smallest}px (${((100 * smallest) / vp.height).toFixed(2)} %), meetings ≥ ${Math.min(...m.meetings.map((c) => c.d)).toFixed(1)} px, list ${m.list.items} items, key ${m.key.join(',')}`);
			}
			console.log(`${vp.width}×${vp.height}\n${report.join('\n')}`);
			expect(errors).toEqual([]);
			await page.close();
		});

	it('on a phone, folds the key to a button so the map shows, and opens it on a press', async () => {
		const { page, errors } = await openPage(browser, `${PRESENT}?scene=7&motion=off`, { width: 375, height: 667 }, { reducedMotion: 'reduce' });
		await waitForMap(page);
		await waitForScene(page, 6);
		const key = () =>
			page.evaluate(() => {
				const box = document.querySelector('[data-testid="scene-key"]')!.getBoundingClientRect();
				const map = document.querySelector('.present .mapbox')!.getBoundingClientRect();
				const summary = document.querySelector('[data-testid="scene-key"] summary')!.getBoundingClientRect();
				return { area: (box.width * box.height) / (map.width * map.height), inside: box.top >= map.top - 1 && box.bottom <= map.bottom + 1, summary: summary.height, open: document.querySelector('[data-testid="scene-key"] details')!.hasAttribute('open') };
			});
		const folded = await key();
		expect(folded.open).toBe(false);
		expect(folded.area).toBeLessThan(0.08);
		expect(folded.summary).toBeGreaterThanOrEqual(44);
		await page.getByText(/^Key$/).click();
		const opened = await key();
		expect(opened.open).toBe(true);
		expect(opened.inside).toBe(true);
		expect(await page.locator('[data-testid="scene-key"] li[data-kind]').count()).toBeGreaterThan(1);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('leads the Riyadh scene with the Riyadh talks, not the proposed oil deal', async () => {
		const { page } = await openPage(browser, `${PRESENT}?scene=4&motion=off`, { width: 1920, height: 1080 }, { reducedMotion: 'reduce' });
		await waitForMap(page);
		await waitForScene(page, 3);
		const w = await page.evaluate(() => {
			const at = (id: string) => document.querySelector(`.present .overlay .mark[data-event="${id}"]`)!;
			const op = (el: Element) => Number(getComputedStyle(el).opacity);
			const riyadh = at('riyadh-talks-2025-02-18');
			const oil = at('us-oil-companies-return-proposed');
			return { riyadhD: riyadh.querySelector('circle.meeting')!.getBoundingClientRect().width, riyadhO: op(riyadh), oilO: op(oil), oilWidth: parseFloat(getComputedStyle(oil.querySelector('path.flow, .flow')!).strokeWidth) };
		});
		expect(w.riyadhD).toBeGreaterThanOrEqual(48);
		expect(w.riyadhO).toBe(1);
		expect(w.oilO).toBeLessThanOrEqual(0.5);
		await page.close();
	});
});
