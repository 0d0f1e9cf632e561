/**
 * Exploring by place: search, place pages, filters, shareable views, the list view,
 * keyboard-only use and automated accessibility checks (axe-core, WCAG 2.2 A/AA).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launch } from './browser';
import { clickPlace, openPage, STORY, waitForMap } from './helpers';
import { quote } from '../../src/lib/story/format';

const base = inject('baseURL');
const MAP = `${base}/stories/riyadh-talks-2025/`;
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function axe(page: Page) {
	const result = await new AxeBuilder({ page: page as never })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
		.analyze();
	return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

describe('explore by place', () => {
	it('searching "Kursk" leads to its place page, with the North Korean deployment, its figure, who claims it, and the quote', async () => {
		const { page, errors } = await openPage(browser, MAP);
		await waitForMap(page);
		await page.getByRole('combobox', { name: /search/i }).fill('Kursk');
		await page.getByRole('option').first().waitFor();
		expect(await page.getByRole('option').first().textContent()).toContain('Kursk');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		const panel = page.locator('[data-testid="place-detail"]');
		await panel.locator('h2', { hasText: 'Kursk' }).waitFor();
		await panel.getByRole('link', { name: /page for \u2068?Kursk/ }).click();
		await page.waitForURL(/places\/kursk\/$/);
		expect(await page.locator('h1').textContent()).toBe('Kursk');
		const nk = STORY.events.find((e) => e.kind === 'deployment' && e.to === 'kursk' && e.count)!;
		if (nk.kind !== 'deployment' || !nk.count) throw new Error('fixture: the NK deployment has a count');
		const article = page.locator(`li#${nk.id} article`);
		expect(await article.locator('h3').textContent()).toBe(nk.title);
		const text = (await article.textContent()) ?? '';
		expect(text).toContain(nk.count.text);
		for (const a of nk.count.according) expect(text).toContain(STORY.actors.find((x) => x.id === a)!.name);
		const quotes = await article.locator('blockquote').allTextContents();
		for (const s of nk.count.sources) expect(quotes).toContain(quote(s.quote));
		expect(await page.title()).toContain('Kursk');
		expect(await page.getAttribute('meta[name="description"]', 'content')).toMatch(/Kursk/);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('a place page is readable without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base}/stories/riyadh-talks-2025/places/ankara/`);
		expect(await page.locator('h1').textContent()).toBe('Ankara');
		expect(await page.locator('.events > li').count()).toBeGreaterThan(1);
		expect(await page.locator('blockquote').count()).toBeGreaterThan(1);
		expect(await page.locator('.static-story-map path').count()).toBeGreaterThan(1);
		await context.close();
	});

	it('filters by kind, actor and status, with counts, and a copied URL reopens exactly that view', async () => {
		const { page } = await openPage(browser, MAP);
		await waitForMap(page);
		await page.locator('.filters-menu summary').click();
		await page.getByRole('checkbox', { name: /^Deployments/ }).check();
		await page.getByRole('checkbox', { name: /^Meetings/ }).check();
		await page.getByRole('checkbox', { name: /^Russia\b/ }).check();
		const expected = STORY.events.filter((e) => {
			if (e.kind !== 'meeting' && e.kind !== 'deployment') return false;
			const who = new Set<string>([...e.actors, ...(e.kind === 'meeting' ? e.participants : [e.by])]);
			for (const id of [...who]) for (const m of STORY.actors.find((a) => a.id === id)?.memberOf ?? []) who.add(m);
			return who.has('russia');
		});
		const drawn = await page.locator('.overlay [data-event]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
		expect(drawn.sort()).toEqual(expected.map((e) => e.id).sort());
		expect(await page.locator('.filters .summary').textContent()).toContain(`${expected.length} of ${STORY.events.length}`);
		// Close the filters, pick a place and a time window, then share.
		await page.locator('.filters-menu summary').click();
		await clickPlace(page, 'moscow');
		await page.evaluate(() => (window as any).__newsmap.map.jumpTo({ center: [40, 50], zoom: 4.25 }));
		await page.waitForFunction(() => location.search.includes('c=40,50,4.25'));
		const shared = page.url();
		for (const part of ['k=deployments,meetings', 'a=russia', 'sel=place:moscow', 'c=40,50,4.25']) expect(shared).toContain(part);

		const again = await openPage(browser, shared);
		await waitForMap(again.page);
		await again.page.locator('[data-testid="place-detail"] h2', { hasText: 'Moscow' }).waitFor();
		const drawnAgain = await again.page.locator('.overlay [data-event]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
		expect(drawnAgain.sort()).toEqual(drawn.sort());
		const cam = await again.page.evaluate(() => {
			const m = (window as any).__newsmap.map;
			return [m.getCenter().lng, m.getCenter().lat, m.getZoom()];
		});
		expect(cam[0]).toBeCloseTo(40, 3);
		expect(cam[1]).toBeCloseTo(50, 3);
		expect(cam[2]).toBeCloseTo(4.25, 2);
		expect(again.errors).toEqual([]);
		await again.page.close();
		await page.close();
	});

	it('the list view holds the same events as the map, sortable by date, place and kind', async () => {
		const { page } = await openPage(browser, `${MAP}?k=calls,visits`);
		await waitForMap(page);
		const onMap = await page.locator('.overlay [data-event]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
		await page.getByRole('button', { name: 'List', exact: true }).click();
		const list = page.locator('[data-testid="event-list"]');
		await list.waitFor();
		const rows = await list.locator('tbody tr').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
		expect(rows.sort()).toEqual(onMap.sort());
		expect(page.url()).toContain('v=list');
		const header = list.getByRole('columnheader', { name: /Where/ });
		await header.getByRole('button').click();
		expect(await header.getAttribute('aria-sort')).toBe('ascending');
		const wheres = await list.locator('tbody tr td:nth-child(4)').allTextContents();
		expect(wheres).toEqual([...wheres].sort((a, b) => a.localeCompare(b)));
		await header.getByRole('button').click();
		expect(await header.getAttribute('aria-sort')).toBe('descending');
		await page.close();
	});

	it('works by keyboard alone: search, open a mark, close it, switch to the list', async () => {
		const { page, errors } = await openPage(browser, MAP);
		await waitForMap(page);
		// The search box comes within the first few stops (after the masthead's share button).
		let onSearch = false;
		for (let i = 0; i < 4 && !onSearch; i++) {
			await page.keyboard.press('Tab');
			onSearch = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'combobox');
		}
		expect(onSearch).toBe(true);
		await page.keyboard.type('Ankara');
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="place-detail"] h2', { hasText: 'Ankara' }).waitFor();
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
		await page.keyboard.press('Escape');
		await page.locator('[data-testid="place-detail"]').waitFor({ state: 'detached' });
		// Tab onwards until a mark on the map has focus, then open it with Enter.
		let onMark = false;
		for (let i = 0; i < 30 && !onMark; i++) {
			await page.keyboard.press('Tab');
			onMark = await page.evaluate(() => !!document.activeElement?.closest('.overlay [data-event]'));
		}
		expect(onMark).toBe(true);
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-event'));
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="event-detail"]').waitFor();
		expect(page.url()).toContain(`sel=event:${focused}`);
		// Focus is visible: the focused mark draws a ring.
		await page.keyboard.press('Escape');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event'))).toBe(focused);
		const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.hit')!).stroke);
		expect(ring).not.toBe('none');
		expect(ring).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('jumps instead of flying when the reader prefers reduced motion', async () => {
		const { page } = await openPage(browser, MAP, undefined, { reducedMotion: 'reduce' });
		await waitForMap(page);
		await page.getByRole('combobox', { name: /search/i }).fill('Pyongyang');
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="place-detail"] h2', { hasText: 'Pyongyang' }).waitFor();
		const moving = await page.evaluate(() => (window as any).__newsmap.map.isMoving());
		expect(moving).toBe(false);
		// Brought into the part of the map the reader sees (not under the key), already there.
		const seen = await page.evaluate(() => {
			const d = document.querySelector('.overlay .place[data-place="pyongyang"] .dot')!.getBoundingClientRect();
			const m = document.querySelector('.mapbox')!.getBoundingClientRect();
			const x = d.left + d.width / 2, y = d.top + d.height / 2;
			const top = document.elementFromPoint(x, y);
			return x > m.left && x < m.right && y > m.top && y < m.bottom && !!top?.closest('.mapbox') && !top.closest('.legend-spot');
		});
		expect(seen).toBe(true);
		await page.close();
	});
});

describe.each(['light', 'dark'] as const)('accessibility in the %s theme (axe-core, WCAG 2.2 A and AA)', (scheme) => {
	const open = async (url: string) => {
		const w = await openPage(browser, url);
		await w.page.emulateMedia({ colorScheme: scheme });
		expect(await w.page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(scheme);
		return w;
	};
	it('finds no violations on the map view', async () => {
		const { page } = await open(MAP);
		await waitForMap(page);
		expect(await axe(page)).toEqual([]);
		await clickPlace(page, 'riyadh');
		await page.locator('[data-testid="place-detail"]').waitFor();
		expect(await axe(page)).toEqual([]);
		await page.close();
	});
	it('finds no violations on a place page', async () => {
		const { page } = await open(`${base}/stories/riyadh-talks-2025/places/kursk/`);
		expect(await axe(page)).toEqual([]);
		await page.close();
	});
	it('finds no violations on the list view, nor with a time window and an event open', async () => {
		const { page } = await open(`${MAP}?v=list`);
		await page.locator('[data-testid="event-list"]').waitFor();
		expect(await axe(page)).toEqual([]);
		await page.goto(`${MAP}?t=2025-02-18..2025-02-18&sel=event:russia-war-in-ukraine-feb-2025`);
		await page.locator('[data-testid="event-detail"]').waitFor();
		expect(await axe(page)).toEqual([]);
		await page.close();
	});
});

