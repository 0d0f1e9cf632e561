/**
 * Text that cannot break a page (issue #22, item 4), in every view, at a phone's and a
 * laptop's width. The test build publishes a story and a report made of hostile but valid data
 * text (tests/fixtures/hostile: unbroken runs of up to 300 characters, Arabic and Hebrew mixed
 * with Latin, unclosed RLO/LRO overrides, piles of combining marks, emoji ZWJ sequences).
 * In each view:
 *   - the page has no sideways scroll (document scrollWidth ≤ clientWidth);
 *   - no element holding data text is wider inside than its box (scrollWidth ≤ clientWidth),
 *     unless it cuts its text short on purpose (text-overflow: ellipsis);
 *   - data text is isolated for the bidi algorithm: either it is all its block holds, or it sits
 *     in an isolating element (<bdi>, dir="auto", unicode-bidi: isolate/plaintext) of its own,
 *     so an override in a name cannot reverse the app's own words beside it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import { HOSTILE_SLUG } from '../fixtures/hostile/strings';

const base = inject('baseURL');
const STORY = `${base}/stories/${HOSTILE_SLUG}/`;
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/**
 * A press before the story page is hydrated does nothing (its buttons are the server's HTML
 * until then; only the embed replays such presses), so the views opened by a press wait for it.
 */
const hydrated = (p: Page) => p.locator('.app[data-hydrated]').waitFor({ state: 'attached', timeout: 30_000 });

interface View {
	name: string;
	url: string;
	/** Brings the view on screen once the page has loaded. */
	open?: (page: Page) => Promise<unknown>;
}

const VIEWS: View[] = [
	{ name: 'home page', url: `${base}/` },
	{ name: 'story page, event panel', url: `${STORY}?sel=event:riyadh-meeting`, open: (p) => p.locator('.panel h2').waitFor() },
	{ name: 'story page, a second event', url: `${STORY}?sel=event:guards`, open: (p) => p.locator('.panel h2').waitFor() },
	{ name: 'story page, place panel', url: `${STORY}?sel=place:riyadh`, open: (p) => p.locator('.panel h2').waitFor() },
	{ name: 'list', url: `${STORY}?v=list`, open: (p) => p.locator('[data-testid="event-list"]').waitFor() },
	{
		name: 'search results',
		url: STORY,
		open: async (p) => {
			await hydrated(p);
			await p.getByRole('combobox', { name: /search/i }).fill('Riyadh');
			await p.locator('[role="option"]').first().waitFor();
		}
	},
	{
		name: 'filters menu (actors)',
		url: STORY,
		open: async (p) => {
			await hydrated(p);
			await p.locator('details.filters-menu summary').click();
			await p.locator('.filters-pop').waitFor();
		}
	},
	{
		name: 'share dialog',
		url: STORY,
		open: async (p) => {
			await hydrated(p);
			await p.getByRole('button', { name: 'Share or embed' }).click();
			await p.locator('dialog[open]').waitFor();
		}
	},
	{ name: 'place page (unbroken name)', url: `${STORY}places/riyadh/`, open: (p) => p.locator('h1').waitFor() },
	{ name: 'place page (RLO in the name)', url: `${STORY}places/moscow/`, open: (p) => p.locator('h1').waitFor() },
	{ name: 'place page (LRO, emoji)', url: `${STORY}places/washington/`, open: (p) => p.locator('h1').waitFor() },
	{ name: 'embed', url: `${STORY}embed/`, open: (p) => p.locator('a', { hasText: 'RiyadhWashington' }).first().waitFor() },
	{ name: 'embed with a selection', url: `${STORY}embed/?sel=event:riyadh-meeting`, open: (p) => p.locator('.panel h2').waitFor() },
	{ name: 'presentation, scene 1', url: `${STORY}present/?scene=1`, open: (p) => p.getByTestId('scene-title').waitFor() },
	{ name: 'presentation, scene 2', url: `${STORY}present/?scene=2`, open: (p) => p.getByTestId('scene-title').waitFor() },
	{ name: 'presenter view', url: `${STORY}present/?scene=1&view=presenter`, open: (p) => p.getByTestId('presenter-title').waitFor() },
	{ name: 'report page', url: `${base}/reports/hostile-report/`, open: (p) => p.locator('h1').waitFor() }
];

/** What the page shows wrongly: run in the browser. */
function audit() {
	const HOSTILE = /RiyadhWashington|[\u202D\u202E\u0590-\u05FF\u0600-\u06FF\u0338\u200D]/;
	const ISOLATING = new Set(['isolate', 'plaintext', 'isolate-override']);
	const SKIP = new Set(['SCRIPT', 'STYLE', 'TITLE', 'TEXTAREA', 'NOSCRIPT', 'TEMPLATE']);
	const problems: string[] = [];
	const root = document.documentElement;
	if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} px`);
	const clip = (s: string) => JSON.stringify(s.trim().slice(0, 40));
	const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className.split(' ').filter((c) => !c.startsWith('svelte-')).join(' ')}"` : ''}>`;
	const inline = (el: Element) => getComputedStyle(el).display.startsWith('inline') && el.tagName !== 'BUTTON';
	// Text for screen readers alone (.sr-only, SvelteKit's route announcer) is clipped to a pixel: it shows nowhere.
	const clipped = (el: Element | null): boolean => {
		for (; el; el = el.parentElement) {
			const s = getComputedStyle(el);
			if (s.clipPath !== 'none' || (s.clip && s.clip !== 'auto')) return true;
		}
		return false;
	};
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	const seen = new Set<Element>();
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = node.textContent ?? '';
		const parent = node.parentElement;
		if (!parent || !HOSTILE.test(text) || SKIP.has(parent.tagName) || parent.closest('svg')) continue;
		const range = document.createRange();
		range.selectNodeContents(node);
		if (range.getClientRects().length === 0) continue; // not shown (a closed menu, display: none)
		// The block the text is laid out in (a bidi paragraph ends there), and whether an inline
		// element on the way isolates this text, and only it, from the rest of that paragraph.
		let block: Element = parent;
		let isolated = false;
		for (let el: Element | null = parent; el; el = el.parentElement) {
			block = el;
			if (!inline(el)) break;
			if (ISOLATING.has(getComputedStyle(el).unicodeBidi) && (el.textContent ?? '').trim() === text.trim()) isolated = true;
		}
		const alone = (block.textContent ?? '').trim() === text.trim();
		// A block marked as data text whole (a report's text: dir="auto", unicode-bidi: plaintext).
		const allData = block.hasAttribute('dir') || getComputedStyle(block).unicodeBidi === 'plaintext';
		// Names set in a sentence as isolates (FSI … PDI: $lib/i18n/format's `isolate`).
		const bare = !HOSTILE.test(text.replace(/\u2068[^\u2069]*\u2069/g, ''));
		if (!alone && !isolated && !allData && !bare) problems.push(`not isolated for bidi: ${clip(text)} in ${describe(block)}, beside ${clip((block.textContent ?? '').replace(text, '…'))}`);
		// Wider inside than its box, unless cut short on purpose.
		if (!seen.has(block)) {
			seen.add(block);
			const s = getComputedStyle(block);
			const cut = s.textOverflow === 'ellipsis' || s.overflowX === 'hidden' || s.overflowX === 'clip';
			if (!cut && block.scrollWidth > block.clientWidth + 1) problems.push(`overflows its box: ${describe(block)} ${block.scrollWidth} > ${block.clientWidth} px, holding ${clip(text)}`);
		}
		for (const r of range.getClientRects())
			if (r.right > root.clientWidth + 1 && !clipped(parent)) {
				problems.push(`off screen: ${clip(text)} reaches ${Math.round(r.right)} px of ${root.clientWidth}`);
				break;
			}
	}
	return [...new Set(problems)];
}

describe('hostile data text in every view', () => {
	for (const [width, height] of [
		[375, 667],
		[1280, 800]
	] as const) {
		for (const view of VIEWS) {
			it(`${view.name} at ${width} px`, async () => {
				const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
				const page = await context.newPage();
				const errors: string[] = [];
				page.on('pageerror', (e) => errors.push(e.message));
				await page.goto(view.url, { waitUntil: 'load' });
				await view.open?.(page);
				await page.waitForTimeout(300);
				expect(await page.evaluate(audit)).toEqual([]);
				expect(errors).toEqual([]);
				await context.close();
			});
		}
	}
});
