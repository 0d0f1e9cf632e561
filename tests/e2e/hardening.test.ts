/**
 * Issue #22 in a real browser: the report page (UTF-8, the linked quote highlighted, no script
 * needed), reports served with a charset, the presentation telling the class when the basemap
 * fails, and embed.js silent before its frames load.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launch } from './browser';
import { STORY, reportText } from './helpers';
import { quoteAnchor } from '../../src/lib/reports/quotes';

const base = inject('baseURL');
const SLUG = 'riyadh-talks-2025';
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('reports as UTF-8', () => {
	const event = STORY.events.find((e) => e.sources.some((s) => /[’“”—]/.test(s.quote)))!;
	const source = event.sources.find((s) => /[’“”—]/.test(s.quote))!;
	const name = source.report.replace(/\.txt$/, '');

	it('serves the raw text with charset=utf-8', async () => {
		const res = await fetch(`${base}/reports/${source.report}`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
		expect(await res.text()).toBe(reportText(source.report));
	});

	it('has a page per report that shows the quote a citation links to, without script', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
		const page = await context.newPage();
		const res = await page.goto(`${base}/reports/${name}/#${quoteAnchor(source.quote)}`);
		expect(res?.headers()['content-type']).toMatch(/^text\/html; charset=utf-8/i);
		expect(await page.locator('meta[charset]').getAttribute('charset')).toBe('utf-8');
		const target = page.locator(`mark#${quoteAnchor(source.quote)}`);
		expect(await target.innerText()).toBe(source.quote);
		// The curly quotes and dashes arrive as themselves, not as "â€™".
		expect(await page.locator('.text').innerText()).not.toContain('â€');
		// :target highlights it, and the browser scrolled it into view.
		expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
		const box = (await target.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeLessThan(800);
		const back = await page.locator('a', { hasText: STORY.title }).getAttribute('href');
		expect(new URL(back!, page.url()).pathname).toBe(`/stories/${SLUG}/`);
		await context.close();
	});

	it('is where the panel’s citation goes', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${base}/stories/${SLUG}/?sel=event:${event.id}`);
		const link = page.locator('.panel .sources a', { hasText: /./ }).first();
		await link.waitFor();
		const hrefs = await page.locator('.panel .sources a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toContain(`/reports/${name}/#${quoteAnchor(source.quote)}`);
		await page.close();
	});
});

describe('the presentation without basemap tiles', () => {
	it('tells the class that the country outlines are missing', async () => {
		const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.route(/\/basemap\/.*\.pbf$/, (r) => r.fulfill({ status: 404, body: 'not found' }));
		await page.goto(`${base}/stories/${SLUG}/present/?scene=2`);
		const notice = page.getByTestId('basemap-notice');
		await notice.waitFor({ timeout: 30_000 });
		expect(await notice.innerText()).toMatch(/^Country outlines are missing: .*The events are still shown\.$/);
		expect(await notice.isVisible()).toBe(true);
		// The slide still works.
		await page.keyboard.press('ArrowRight');
		await page.waitForURL(/scene=3/);
		await context.close();
	});
});

describe('embed.js on a host page', () => {
	it('prints nothing in the host’s console while its frames load, and fits them', async () => {
		const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
		const page = await context.newPage();
		const messages: string[] = [];
		page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
		const frame = `<iframe src="${base}/stories/${SLUG}/embed/" title="t" style="display:block;width:100%;aspect-ratio:4/3;border:0" data-newsmap-embed></iframe>`;
		const host = `<!doctype html><meta charset="utf-8"><title>host</title><script async src="${base}/embed.js"></script>${frame}${frame}`;
		// A news site: another origin, on loopback like the site (the browser keeps other pages off loopback).
		const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(host));
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/article`);
		await expect.poll(() => page.$$eval('iframe', (fs) => fs.every((f) => (f as HTMLIFrameElement).style.height.endsWith('px'))), { timeout: 20_000 }).toBe(true);
		expect(messages.filter((m) => /postMessage|origin/i.test(m))).toEqual([]);
		await context.close();
		await new Promise((r) => server.close(r));
	});
});
