/**
 * The event list of a long story (issue #17: 50,000 events, "the list opens in < 1 s"): it is
 * windowed, so the DOM holds the rows in view and a few more, never the whole story, while the
 * scroll bar, the keyboard and assistive technology still see every row. A seeded synthetic
 * story of 10,000 events goes through the story harness (the request is answered here). No
 * timing is asserted: `npm run bench:list` measures the opening.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import { syntheticStory } from '../../src/lib/story/synthetic';
import { validateStory } from '../../src/lib/story/validate';
import { eventWindow } from '../../src/lib/story/model';
import { sortRows } from '../../src/lib/list/sort';

const base = inject('baseURL');
const EVENTS = 10_000;
const reports = new Map(readdirSync('geo/reports').filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(`geo/reports/${f}`, 'utf8')]));
const input = syntheticStory(reports, { events: EVENTS, seed: 5 });
const checked = validateStory('list.json', input, reports);
if (!checked.ok) throw new Error('the synthetic story does not validate');
const story = checked.story;
/** The list's first order: by date, as the list sorts it. */
const byDate = sortRows(story.events, (e) => eventWindow(e)?.start ?? '', null, (a, b) => (a < b ? -1 : a > b ? 1 : 0), true);

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function openList(viewport: { width: number; height: number }) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	page.on('close', () => context.close().catch(() => {}));
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.route('**/bench/list.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(input) }));
	await page.goto(`${base}/tests/story/?story=list`);
	await page.getByRole('button', { name: 'List', exact: true }).click({ timeout: 60_000 });
	await page.waitForSelector('[data-testid="event-list"] tbody tr[data-event]', { timeout: 60_000 });
	return { page, errors };
}

const rowsInDom = (page: Page) => page.locator('[data-testid="event-list"] tbody tr[data-event]').count();
/** The focused element's row: its event, its aria-rowindex, and whether it is wholly inside the list's box. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const tr = document.activeElement?.closest<HTMLElement>('tr[data-event]');
		const box = document.querySelector('[data-testid="event-list"]')!.getBoundingClientRect();
		if (!tr) return null;
		const r = tr.getBoundingClientRect();
		return { event: tr.dataset.event, rowindex: Number(tr.getAttribute('aria-rowindex')), visible: r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.height > 0 };
	});
const waitForFocusAt = (page: Page, rowindex: number) =>
	page.waitForFunction((n) => Number(document.activeElement?.closest('tr[data-event]')?.getAttribute('aria-rowindex')) === n, rowindex, { timeout: 30_000 });

describe(`the event list of ${EVENTS.toLocaleString('en')} events`, () => {
	it('holds a window of rows, tells the full length, and reaches the last event by End', async () => {
		const { page, errors } = await openList({ width: 1280, height: 800 });
		const list = page.locator('[data-testid="event-list"]');
		expect(await rowsInDom(page)).toBeLessThan(150);
		expect(await rowsInDom(page)).toBeGreaterThan(5);
		expect(await list.locator('table').getAttribute('aria-rowcount')).toBe(String(EVENTS + 1));
		expect(await list.locator('thead tr').getAttribute('aria-rowindex')).toBe('1');
		expect(await list.locator('caption').innerText()).toContain('10,000 events');
		// The first rows are the first events by date, numbered from 2 (the header is row 1).
		const first = list.locator('tbody tr[data-event]').first();
		expect(await first.getAttribute('data-event')).toBe(byDate[0]!.id);
		expect(await first.getAttribute('aria-rowindex')).toBe('2');
		// The scroll bar is the whole list's: thousands of rows of at least 20 px.
		expect(await list.evaluate((l) => l.scrollHeight)).toBeGreaterThan(EVENTS * 20);

		await first.locator('button.title').focus();
		await page.keyboard.press('ArrowDown');
		await waitForFocusAt(page, 3);
		expect((await focused(page))?.event).toBe(byDate[1]!.id);
		await page.keyboard.press('PageDown');
		await page.waitForFunction(() => Number(document.activeElement?.closest('tr[data-event]')?.getAttribute('aria-rowindex')) > 8);
		expect((await focused(page))?.visible).toBe(true);

		await page.keyboard.press('End');
		await waitForFocusAt(page, EVENTS + 1);
		// Measured rows change the heights above it: let the list settle, then it must still be in view.
		await page.waitForTimeout(300);
		const last = await focused(page);
		expect(last).toEqual({ event: byDate.at(-1)!.id, rowindex: EVENTS + 1, visible: true });
		expect(await rowsInDom(page)).toBeLessThan(150);

		// Scrolled away with the mouse wheel, the focused row stays in the DOM (focus is not lost).
		await list.evaluate((l) => (l.scrollTop = 0));
		await page.waitForFunction(() => document.querySelector('[data-testid="event-list"] tbody tr[data-event]')?.getAttribute('aria-rowindex') === '2');
		expect((await focused(page))?.rowindex).toBe(EVENTS + 1);

		await page.keyboard.press('Home');
		await waitForFocusAt(page, 2);
		expect(await focused(page)).toEqual({ event: byDate[0]!.id, rowindex: 2, visible: true });
		expect(errors).toEqual([]);
		await page.close();
	});

	it('sorts the whole story, and keeps the selected event in the DOM and in view', async () => {
		const { page, errors } = await openList({ width: 1280, height: 800 });
		const list = page.locator('[data-testid="event-list"]');
		const header = list.getByRole('columnheader', { name: /Where/ });
		await header.getByRole('button').click();
		expect(await header.getAttribute('aria-sort')).toBe('ascending');
		await header.getByRole('button').click();
		expect(await header.getAttribute('aria-sort')).toBe('descending');
		const wheres = await list.locator('tbody tr[data-event] td:nth-child(4)').allTextContents();
		expect(wheres.length).toBeLessThan(150);
		expect(wheres).toEqual([...wheres].sort((a, b) => b.localeCompare(a, 'en')));
		// The last by place, descending, is the first ascending: End reaches the whole order.
		await list.locator('tbody tr[data-event] button.title').first().focus();
		await page.keyboard.press('End');
		await waitForFocusAt(page, EVENTS + 1);
		const lastWhere = await page.evaluate(() => document.activeElement!.closest('tr')!.querySelector('td:nth-child(4)')!.textContent);
		expect(lastWhere!.localeCompare(wheres[0]!, 'en')).toBeLessThanOrEqual(0);

		// A click selects (as the map does); far away, the row stays and comes back into view.
		await page.keyboard.press('Home');
		await waitForFocusAt(page, 2);
		const row = list.locator('tbody tr[data-event]').nth(3);
		const id = await row.getAttribute('data-event');
		await row.locator('button.title').click();
		await page.waitForSelector(`[data-testid="event-list"] tr.selected[data-event="${id}"]`);
		await list.evaluate((l) => (l.scrollTop = l.scrollHeight / 2));
		await page.waitForTimeout(200);
		expect(await list.locator(`tr[data-event="${id}"]`).count()).toBe(1);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('on a phone (320 px): cards of varying height, nothing sideways, End still reaches the last', async () => {
		const { page, errors } = await openList({ width: 320, height: 640 });
		const list = page.locator('[data-testid="event-list"]');
		const over = await page.evaluate(() => {
			const l = document.querySelector<HTMLElement>('[data-testid="event-list"]')!;
			return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, list: l.scrollWidth - l.clientWidth };
		});
		expect(over).toEqual({ page: 0, list: 0 });
		const heights = await list.locator('tbody tr[data-event]').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)));
		expect(new Set(heights).size).toBeGreaterThan(1);
		expect(heights.length).toBeLessThan(100);
		await list.locator('tbody tr[data-event] button.title').first().focus();
		await page.keyboard.press('End');
		await waitForFocusAt(page, EVENTS + 1);
		await page.waitForTimeout(300);
		expect(await focused(page)).toEqual({ event: byDate.at(-1)!.id, rowindex: EVENTS + 1, visible: true });
		expect(errors).toEqual([]);
		await page.close();
	});
});
