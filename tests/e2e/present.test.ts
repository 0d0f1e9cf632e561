/**
 * The classroom presentation in a real browser: keyboard and clicker walk, presenter and
 * audience windows in step, no camera flight under reduced motion, a reload with the
 * network cut, handouts, the scene picture, swipes, type size, and axe-core.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launch } from './browser';
import { STORY, openPage, waitForMap } from './helpers';
import { announcement } from '../../src/lib/present/scenes';

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

const sceneParam = (page: Page) => new URL(page.url()).searchParams.get('scene');
const title = (page: Page) => page.textContent('[data-testid="scene-title"]');

async function highlighted(page: Page) {
	return page.$$eval('.present .overlay [data-event]', (els) => ({
		on: els.filter((e) => e.classList.contains('highlighted')).map((e) => e.getAttribute('data-event')!).sort(),
		dimmed: els.filter((e) => e.classList.contains('dimmed')).length,
		all: els.length
	}));
}

/**
 * The prerendered HTML already shows the first scene: wait for the announcement, which only
 * the running app writes, so keys and swipes are not sent before it listens.
 */
async function waitForScene(page: Page, i: number) {
	await page.waitForFunction(
		([t, said]) =>
			document.querySelector('[data-testid="scene-title"]')?.textContent === t &&
			document.querySelector('[data-testid="announce"]')?.textContent === said,
		[SCENES[i]!.title, announcement(SCENES[i]!, i, SCENES.length)] as const,
		{ timeout: 15_000 }
	);
}

describe('presentation', () => {
	it('walks through every scene by keyboard and clicker keys: URL, announcement and highlighted marks', async () => {
		const { page, errors, foreign } = await openPage(browser, `${PRESENT}?motion=off`);
		await waitForMap(page);
		const nextKeys = ['ArrowRight', 'PageDown', 'Space'];
		for (let i = 0; i < SCENES.length; i++) {
			const sc = SCENES[i]!;
			await waitForScene(page, i);
			expect(sceneParam(page)).toBe(String(i + 1));
			await page.waitForFunction((t) => document.querySelector('[data-testid="announce"]')?.textContent === t, announcement(sc, i, SCENES.length));
			const live = await page.$('[data-testid="announce"]');
			expect(await live!.getAttribute('aria-live')).toBe('polite');
			const h = await highlighted(page);
			expect(h.on, sc.id).toEqual([...sc.highlight].sort());
			expect(h.dimmed, sc.id).toBe(h.all - sc.highlight.length);
			if (i < SCENES.length - 1) await page.keyboard.press(nextKeys[i % nextKeys.length]!);
		}
		// Past the end nothing happens; then back, first, last and jumps.
		await page.keyboard.press('ArrowRight');
		expect(sceneParam(page)).toBe(String(SCENES.length));
		await page.keyboard.press('PageUp');
		await waitForScene(page, SCENES.length - 2);
		await page.keyboard.press('Home');
		await waitForScene(page, 0);
		await page.keyboard.press('ArrowLeft');
		expect(sceneParam(page)).toBe('1');
		await page.keyboard.press('End');
		await waitForScene(page, SCENES.length - 1);
		await page.keyboard.type('4');
		await page.keyboard.press('Enter');
		await waitForScene(page, 3);
		await page.keyboard.type('10');
		await page.keyboard.press('Enter');
		await waitForScene(page, 9);
		await page.keyboard.type('3');
		await page.keyboard.press('Enter');
		await waitForScene(page, 2);
		// The URL reopens the scene.
		await page.reload({ waitUntil: 'load' });
		await waitForScene(page, 2);
		expect(sceneParam(page)).toBe('3');
		// Escape leaves to the story map.
		await page.keyboard.press('Escape');
		await page.waitForURL(/\/stories\/riyadh-talks-2025\/$/);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('keeps the presenter and audience windows on the same scene, both ways', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const audience = await context.newPage();
		await audience.goto(`${PRESENT}?scene=5&motion=off`);
		await waitForScene(audience, 4);
		const presenter = await context.newPage();
		await presenter.goto(`${PRESENT}?view=presenter`);
		// A presenter window opened later asks and lands on the audience's scene.
		await presenter.waitForFunction((t) => document.querySelector('[data-testid="presenter-title"]')?.textContent === t, SCENES[4]!.title);
		expect(await presenter.textContent('[data-testid="presenter-next"]')).toContain(SCENES[5]!.title);
		expect(await presenter.textContent('[data-testid="presenter-notes"]')).toBe(SCENES[4]!.notes);
		expect(await presenter.textContent('[data-testid="timer"]')).toMatch(/^\d+:\d\d$/);
		// Audience → presenter.
		await audience.keyboard.press('ArrowRight');
		await presenter.waitForFunction((t) => document.querySelector('[data-testid="presenter-title"]')?.textContent === t, SCENES[5]!.title);
		// Presenter → audience, by button and by key.
		await presenter.click('button:has-text("Next ›")');
		await waitForScene(audience, 6);
		expect(sceneParam(audience)).toBe('7');
		await presenter.keyboard.press('Home');
		await waitForScene(audience, 0);
		await presenter.click(`nav[aria-label="All scenes"] button:has-text("${SCENES[8]!.title}")`);
		await waitForScene(audience, 8);
		expect(sceneParam(presenter)).toBe('9');
		await context.close();
	});

	it('jumps without intermediate camera frames under reduced motion, and flies otherwise', async () => {
		const countMoves = async (page: Page) => {
			await page.evaluate(() => {
				const w = window as any;
				w.__moves = 0;
				w.__newsmap.map.on('move', () => w.__moves++);
			});
			await page.keyboard.press('ArrowRight');
			await page.waitForTimeout(2500);
			return page.evaluate(() => (window as any).__moves as number);
		};
		const reduced = await openPage(browser, `${PRESENT}?scene=2`, { width: 1280, height: 800 }, { reducedMotion: 'reduce' });
		await waitForMap(reduced.page);
		const jumps = await countMoves(reduced.page);
		expect(jumps).toBeLessThanOrEqual(1);
		expect(jumps).toBeGreaterThanOrEqual(1);
		await reduced.page.close();

		const off = await openPage(browser, `${PRESENT}?scene=2&motion=off`);
		await waitForMap(off.page);
		expect(await countMoves(off.page)).toBe(1);
		await off.page.close();

		const flying = await openPage(browser, `${PRESENT}?scene=2`);
		await waitForMap(flying.page);
		// A flight draws many frames; the machine's speed decides how many, so only "more than a jump".
		expect(await countMoves(flying.page)).toBeGreaterThanOrEqual(3);
		await flying.page.close();
	});

	it('reloads with the network cut after one visit (service worker)', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const errors: string[] = [];
		await page.goto(`${PRESENT}?scene=3`);
		await waitForMap(page);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		// Both registrations (the presentation's and maplibre-gl's, for its worker's tiles) active.
		// The install stores the basemap's tiles: over a minute on a loaded machine.
		await page.waitForFunction(async () => {
			const all = await navigator.serviceWorker.getRegistrations();
			return navigator.serviceWorker.controller !== null && all.length === 2 && all.every((r) => r.active?.state === 'activated');
		}, undefined, { timeout: 120_000, polling: 500 });
		await context.setOffline(true);
		page.on('pageerror', (e) => errors.push(e.message));
		await page.reload({ waitUntil: 'load' });
		await waitForScene(page, 2);
		await waitForMap(page);
		expect((await highlighted(page)).on).toEqual([...SCENES[2]!.highlight].sort());
		// A scene link that was never opened online works too, its basemap tiles included
		// (stored at install, not only as they were seen).
		await page.goto(`${PRESENT}?scene=7`);
		await waitForScene(page, 6);
		await waitForMap(page);
		expect(errors).toEqual([]);
		await context.close();
	}, 180_000);

	it('its service worker controls the presentation only, and removes a root-scoped one', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		// What versions before issue #22 left in a browser: the same script registered for the whole site.
		await page.goto(`${base}/`);
		// (This build's script, so it also removes itself as it activates; either way none may be left.)
		await page.evaluate(() => navigator.serviceWorker.register('/service-worker.js', { scope: '/' }).then(() => undefined));
		await page.goto(`${PRESENT}?scene=1`);
		const scopes = async () => (await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname))).sort();
		await expect.poll(scopes, { timeout: 20_000 }).toEqual([expect.stringMatching(/^\/_lib\/maplibre-gl-[^/]+\/$/), '/stories/riyadh-talks-2025/present/']);
		// Every other page is the plain static site: no worker stands between it and the network.
		for (const path of ['/', '/stories/riyadh-talks-2025/', '/stories/riyadh-talks-2025/places/riyadh/', '/reports/000_164c015657e03c97/']) {
			await page.goto(`${base}${path}`);
			expect(await page.evaluate(() => navigator.serviceWorker.controller), path).toBeNull();
		}
		await context.close();
	});

	it('downloads a PNG of the scene with the overlay composited', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
		const page = await context.newPage();
		await page.goto(`${PRESENT}?scene=4&motion=off`);
		await waitForMap(page);
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Save picture")')]);
		expect(download.suggestedFilename()).toBe('riyadh-talks-2025-scene-4.png');
		const png = readFileSync((await download.path())!);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		const mapWidth = await page.$eval('.mapbox', (e) => e.clientWidth);
		expect(png.readUInt32BE(16)).toBe(mapWidth);
		expect(png.length).toBeGreaterThan(50_000);
		// The highlighted Riyadh meeting is drawn: the picture has its blue in it.
		const hasBlue = await page.evaluate(async (b64) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const c = document.createElement('canvas');
			c.width = img.width;
			c.height = img.height;
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const d = ctx.getImageData(0, 0, c.width, c.height).data;
			let n = 0;
			for (let i = 0; i < d.length; i += 4) if (d[i]! < 40 && d[i + 1]! > 90 && d[i + 1]! < 140 && d[i + 2]! > 160) n++;
			return n;
		}, png.toString('base64'));
		expect(hasBlue).toBeGreaterThan(30);
		await context.close();
	});

	it('prints one handout page per scene', async () => {
		const { page, errors } = await openPage(browser, `${PRESENT}?motion=off`);
		await waitForScene(page, 0);
		await page.evaluate(() => (window.print = () => {}));
		await page.click('button:has-text("Print handouts")');
		await page.waitForFunction((n) => document.querySelectorAll('.handout').length === n, SCENES.length);
		await page.waitForFunction(() => (document.querySelector('.handout path')?.getAttribute('d') ?? '').length > 1000, undefined, { timeout: 15_000 });
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.handout h2').allTextContents()).toEqual(SCENES.map((s) => s.title));
		expect(await page.locator('.handout .highlighted').count()).toBe(SCENES.reduce((n, s) => n + s.highlight.length, 0));
		const pdf = await page.pdf({ format: 'A4' });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length;
		expect(pages).toBe(SCENES.length);
		expect(errors).toEqual([]);
		await page.close();
		// The browser's own Print lays out right after `beforeprint`: the handouts must be there by then.
		const other = await openPage(browser, `${PRESENT}?motion=off`);
		await waitForScene(other.page, 0);
		const synchronous = await other.page.evaluate(() => {
			window.dispatchEvent(new Event('beforeprint'));
			return document.querySelectorAll('.handout').length;
		});
		expect(synchronous).toBe(SCENES.length);
		await other.page.close();
	});

	it('steps with a swipe; F and C keys', async () => {
		const { page } = await openPage(browser, `${PRESENT}?motion=off`, { width: 1024, height: 768 });
		const swipe = (from: number, to: number) =>
			page.evaluate(
				([a, b]) => {
					const el = document.querySelector('.present')!;
					const opts = { pointerType: 'touch', isPrimary: true, pointerId: 7, bubbles: true, clientY: 300 };
					el.dispatchEvent(new PointerEvent('pointerdown', { ...opts, clientX: a }));
					el.dispatchEvent(new PointerEvent('pointerup', { ...opts, clientX: b }));
				},
				[from, to]
			);
		await waitForScene(page, 0);
		await swipe(700, 400);
		await waitForScene(page, 1);
		await swipe(700, 400);
		await waitForScene(page, 2);
		await swipe(300, 650);
		await waitForScene(page, 1);
		await swipe(500, 490);
		await page.waitForTimeout(200);
		expect(sceneParam(page)).toBe('2');
		// F asks for full screen; C switches to high contrast, and the URL keeps it.
		await page.evaluate(() => {
			(window as any).__fullscreen = 0;
			document.documentElement.requestFullscreen = async () => void (window as any).__fullscreen++;
		});
		await page.keyboard.press('f');
		expect(await page.evaluate(() => (window as any).__fullscreen)).toBe(1);
		await page.keyboard.press('c');
		await page.waitForSelector('.present.contrast');
		await page.waitForURL(/contrast=high/);
		const [ink, paper] = await page.$eval('.slide', (e) => [getComputedStyle(e).color, getComputedStyle(e.parentElement!).backgroundColor]);
		expect([ink, paper]).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
		await page.close();
	});

	it('sets body text of at least 28 px on a 1920 × 1080 projector, and fits 1280 × 720', async () => {
		const big = await openPage(browser, `${PRESENT}?scene=3&motion=off`, { width: 1920, height: 1080 });
		const px = (page: Page, sel: string) => page.$eval(sel, (e) => parseFloat(getComputedStyle(e).fontSize));
		expect(await px(big.page, '[data-testid="scene-narrative"]')).toBeGreaterThanOrEqual(28);
		expect(await px(big.page, '[data-testid="scene-title"]')).toBeGreaterThanOrEqual(44);
		await big.page.close();
		const small = await openPage(browser, `${PRESENT}?scene=7&motion=off`, { width: 1280, height: 720 });
		expect(await px(small.page, '[data-testid="scene-narrative"]')).toBeGreaterThanOrEqual(18);
		// Nothing of the slide is cut off: the narrative and the step buttons are on screen.
		const bottom = await small.page.$eval('button[aria-label="Next scene"]', (e) => e.getBoundingClientRect().bottom);
		expect(bottom).toBeLessThanOrEqual(720);
		await small.page.close();
	});

	it('has no WCAG 2.2 A/AA violations (axe-core) on the presentation, in high contrast, and the presenter view', async () => {
		for (const url of [`${PRESENT}?scene=4&motion=off`, `${PRESENT}?scene=7&motion=off&contrast=high`, `${PRESENT}?view=presenter&scene=4`]) {
			// AxeBuilder opens a page of its own in the same context: the page must come from newContext().
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			const page = await context.newPage();
			await page.goto(url);
			await page.waitForSelector('[data-testid="scene-title"], [data-testid="presenter-title"]');
			if (!url.includes('presenter')) await waitForMap(page);
			const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
			expect(summary, url).toEqual([]);
			await context.close();
		}
	});

	it('runs from the build folder under a plain static file server (a USB stick in class)', async () => {
		// No SvelteKit, no Vite: files by path, `index.html` for folders, as any static server does.
		const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.txt': 'text/plain', '.geojson': 'application/geo+json' };
		const server: Server = createServer((req, res) => {
			const path = normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
			let file = join('build', path);
			if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
			if (!existsSync(file)) {
				res.writeHead(404).end('not found');
				return;
			}
			res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		try {
			const { page, errors, foreign } = await openPage(browser, `${origin}/stories/riyadh-talks-2025/present/?scene=6&motion=off`);
			await waitForScene(page, 5);
			await waitForMap(page);
			expect((await highlighted(page)).on).toEqual([...SCENES[5]!.highlight].sort());
			await page.keyboard.press('ArrowRight');
			await waitForScene(page, 6);
			expect(foreign).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		} finally {
			await new Promise((r) => server.close(r));
		}
	});
});
