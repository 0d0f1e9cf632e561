import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import type { Story } from '../../src/lib/story/schema';

export const STORY: Story = JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8'));
export const reportText = (file: string) => readFileSync(`geo/reports/${file}`, 'utf8');

export interface Watched {
	page: Page;
	errors: string[];
	foreign: string[];
}

/**
 * A page that records console errors, uncaught exceptions and every request to a host other
 * than the local server, so each test can assert there were none.
 */
export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 800 }, options: { reducedMotion?: 'reduce'; beforeGoto?: (page: Page) => Promise<unknown> } = {}): Promise<Watched> {
	// A context of its own (axe-core needs one), closed with the page.
	const context = await browser.newContext({ viewport, reducedMotion: options.reducedMotion ?? 'no-preference' });
	const page = await context.newPage();
	// Caught: when the browser itself is closing, the context's close is refused (it is going anyway).
	page.on('close', () => context.close().catch(() => {}));
	const errors: string[] = [];
	const foreign: string[] = [];
	const origin = new URL(url).origin;
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => {
		const u = r.url();
		if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
	});
	await options.beforeGoto?.(page);
	await page.goto(url, { waitUntil: 'load' });
	return { page, errors, foreign };
}

/** A mouse over the story page's map box: a reach for the map, which starts it (see $lib/app/map-start.ts). */
export async function reachForMap(page: Page) {
	const box = await page.locator('.mapbox').first().boundingBox();
	if (box) await page.mouse.move(box.x + 4, box.y + 4);
}

export async function waitForMap(page: Page) {
	// The story page's map waits for the reader: reach for it (elsewhere the mouse does nothing).
	if (!(await page.locator('[data-testid="map"]').count()) && (await page.locator('.mapbox:not([data-map-start])').count())) await reachForMap(page);
	// The offline basemap arrives after `load`: wait until MapLibre has drawn it.
	await page.waitForSelector('[data-testid="map"][data-ready="true"][data-basemap="ready"]', { timeout: 30_000, state: 'attached' });
}

/**
 * Where a place's dot is on screen, in the map canvas's pixels: read from the layout, so that
 * whatever carries the overlay (its own attributes at rest, a layer's transform during a move)
 * is accounted for.
 */
export const DOT_ON_SCREEN = (placeId: string): [number, number] | null => {
	const dot = document.querySelector(`.overlay .place[data-place="${placeId}"] .dot`);
	const map = document.querySelector('.maplibregl-canvas');
	if (!dot || !map) return null;
	const d = dot.getBoundingClientRect();
	const m = map.getBoundingClientRect();
	return [d.left + d.width / 2 - m.left, d.top + d.height / 2 - m.top];
};

export async function dotPosition(page: Page, placeId: string): Promise<[number, number]> {
	const at = await page.evaluate(DOT_ON_SCREEN, placeId);
	if (!at) throw new Error(`no dot for ${placeId}`);
	return at;
}

/**
 * Opens a place as a reader does: a click on its dot, and where other marks share the spot
 * (a meeting drawn around the city), the place's row in the chooser that opens.
 */
export async function clickPlace(target: Page | Frame, placeId: string) {
	await target.locator(`.overlay .place[data-place="${placeId}"] .dot`).click();
	const row = target.locator(`.chooser button[data-pick="place"][data-id="${placeId}"]`);
	await Promise.race([
		row.waitFor({ timeout: 20_000 }).then(() => row.click()),
		target.locator(`.overlay .place.selected[data-place="${placeId}"]`).waitFor({ state: 'attached', timeout: 20_000 })
	]);
}
