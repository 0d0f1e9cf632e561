/**
 * The interface in French and in Arabic (issue #21): the story page, the embed and the
 * presentation as prerendered (<html lang dir>, hreflang) and once running (the page's
 * language's messages loaded, dates through Intl), the Arabic layout mirrored, axe clean.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launch } from './browser';
import { STORY, openPage, waitForMap } from './helpers';

const base = inject('baseURL');
const SLUG = 'riyadh-talks-2025';
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function axe(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

const html = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

const LANGS = {
	fr: {
		dir: 'ltr', intro: 'Comment lire cette carte', key: 'Légende', scene: 'Scène 1 sur', month: /févr\. 2025/, share: 'Partager ou intégrer', source: /Source\u00a0: 5 articles de presse/,
		// Names in the language where the data has them: countries from world-countries, cities from the gazetteer's exonyms.
		names: { 'saudi-arabia-country': 'Arabie Saoudite', riyadh: 'Riyad', moscow: 'Moscou', 'ukraine-country': 'Ukraine', kursk: 'Kursk' },
		countryScript: /^[\p{Lu}\p{M}'’ .()-]+$/u,
		figure: [/^plus de 12\s000\u00a0troops/, /selon États-Unis et Dorothy Camille Shea/, /situation\u00a0: janvier 2025$/],
		attribution: 'Fond de carte\u00a0: Natural Earth',
		count: /^>\u202f12\u202f000/,
		timeRunsRight: true
	},
	ar: {
		dir: 'rtl', intro: 'كيف تقرأ هذه الخريطة', key: 'دليل الرموز', scene: 'المشهد 1 من', month: /فبراير 2025/, share: 'مشاركة أو تضمين', source: /المصدر/,
		// No Arabic city names in the project's data: cities keep the story's own.
		names: { 'saudi-arabia-country': 'السعودية', 'russia-country': 'روسيا', riyadh: 'Riyadh', kursk: 'Kursk' },
		countryScript: /^[\u0600-\u06ff\s]+$/,
		figure: [/^أكثر من 12,000\u00a0\u2068troops\u2069/, /بحسب \u2068الولايات المتحدة\u2069 و\u2068Dorothy Camille Shea\u2069/, /حتى يناير 2025$/],
		attribution: 'الخريطة الأساسية: Natural Earth',
		count: /^>\u202f12,000/,
		timeRunsRight: false
	}
} as const;

/** Each place mark's name as its accessible name says it ("Moscou : 3 événements"). */
const markNames = (page: Page) =>
	page.$$eval('.overlay .place[data-place]', (gs) => Object.fromEntries(gs.map((g) => [g.getAttribute('data-place'), g.getAttribute('aria-label') ?? ''])));

describe.each(Object.entries(LANGS))('the interface in %s', (lang, t) => {
	it('story page: lang and dir in the HTML, hreflang to every language, messages and dates in the language, axe clean', async () => {
		const { page, errors, foreign } = await openPage(browser, `${base}/${lang}/stories/${SLUG}/`);
		expect(await html(page)).toEqual({ lang, dir: t.dir });
		const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (ls) => ls.map((l) => l.getAttribute('hreflang')));
		expect(alternates.sort()).toEqual(['ar', 'de', 'en', 'fr', 'ru', 'uk', 'x-default']);
		expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(new RegExp(`/${lang}/stories/${SLUG}/$`));
		// The running app (its own language's chunk loaded) writes what the server wrote.
		await page.waitForSelector('.toolbar', { timeout: 15_000 });
		expect(await page.textContent('.intro h2')).toBe(t.intro);
		expect(await page.textContent('.legend summary')).toBe(t.key);
		expect(await page.getByRole('button', { name: t.share }).count()).toBe(1);
		// The story's own text keeps its language, so a screen reader switches voice.
		expect(await page.getAttribute('.masthead h1', 'lang')).toBe(STORY.language ?? 'en');
		// The time axis is labelled in the reader's language.
		const ticks = (await page.$$eval('.timeline text.label', (ts) => ts.map((x) => x.textContent ?? ''))).join(' ');
		expect(ticks).not.toMatch(/\b(Feb|Mar|Jan)\b/);
		expect(await axe(page)).toEqual([]);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('story page: places and countries named in the language on the map, in the list and once running', async () => {
		const { page, errors } = await openPage(browser, `${base}/${lang}/stories/${SLUG}/`);
		await page.waitForSelector('.toolbar', { timeout: 15_000 });
		const marks = await markNames(page);
		for (const [id, name] of Object.entries(t.names)) expect(marks[id], id).toContain(name);
		// The basemap's country names: in the language (capitals as the map writes them).
		const countries = await page.$$eval('.country-labels text', (ts) => ts.map((x) => x.textContent ?? ''));
		expect(countries.length).toBeGreaterThan(0);
		for (const c of countries) expect(c).toMatch(t.countryScript);
		const english = ['GERMANY', 'SPAIN', 'ITALY', 'EGYPT', 'POLAND', 'SAUDI ARABIA', 'TURKEY', 'SYRIA', 'ALGERIA', 'LIBYA', 'SUDAN', 'NORWAY', 'SWEDEN', 'FINLAND', 'ROMANIA', 'BELARUS', 'GREECE', 'MOROCCO'];
		expect(countries.filter((c) => english.includes(c))).toEqual([]);
		// The place page is named the same way; the story's title keeps its language.
		const place = await openPage(browser, `${base}/${lang}/stories/${SLUG}/places/saudi-arabia-country/`);
		expect(await place.page.textContent('h1')).toBe(t.names['saudi-arabia-country']);
		await place.page.close();
		expect(errors).toEqual([]);
		await page.close();
	});

	it('story page: a figure line in the language around the story’s own words', async () => {
		const { page, errors } = await openPage(browser, `${base}/${lang}/stories/${SLUG}/?sel=event:nk-troops-kursk-january-2025`);
		await page.waitForSelector('[data-testid="figure"]', { timeout: 15_000 });
		const line = (await page.textContent('[data-testid="figure"]'))!;
		for (const re of t.figure) expect(line).toMatch(re);
		expect(line).not.toMatch(/according to|as of|more than/);
		// The count on the map: the number in the language, its qualifier as a sign, not the report's English words.
		const mark = (await page.getAttribute('.mark[data-event="nk-troops-kursk-january-2025"]', 'aria-label'))!;
		expect(mark).toMatch(t.count);
		expect(mark).not.toMatch(/^more than/);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('story page: time runs the way the language reads, and so do the handles and keys', async () => {
		const { page } = await openPage(browser, `${base}/${lang}/stories/${SLUG}/`);
		await page.waitForSelector('.toolbar', { timeout: 15_000 });
		const ticks = await page.$$eval('.timeline text.label', (ts) => ts.map((x) => ({ x: Number(x.getAttribute('x')), day: x.getAttribute('data-day')! })));
		expect(ticks.length).toBeGreaterThan(2);
		const byX = [...ticks].sort((a, b) => a.x - b.x).map((x) => x.day);
		const byDay = [...byX].sort();
		expect(byX).toEqual(t.timeRunsRight ? byDay : byDay.reverse());
		const left = (sel: string) => page.$eval(sel, (el) => el.getBoundingClientRect().left);
		expect((await left('.handle.start')) < (await left('.handle.end'))).toBe(t.timeRunsRight);
		// The arrow that points at the other handle moves "until" towards it: to an earlier day.
		const before = await left('.handle.end');
		await page.focus('.handle.end');
		await page.keyboard.press(t.timeRunsRight ? 'ArrowLeft' : 'ArrowRight');
		await page.waitForFunction(() => new URL(location.href).searchParams.has('t'), null, { timeout: 5_000 });
		const [, end] = new URL(page.url()).searchParams.get('t')!.split('..');
		expect(end! < '2025-03-09').toBe(true);
		const after = await left('.handle.end');
		expect(t.timeRunsRight ? after < before : after > before).toBe(true);
		await page.close();
	});

	it('the live map: its attribution in the language', async () => {
		const { page, errors } = await openPage(browser, `${base}/${lang}/stories/${SLUG}/`);
		await waitForMap(page);
		const credit = await page.textContent('.maplibregl-ctrl-attrib-inner');
		expect(credit).toContain(t.attribution);
		expect(credit).not.toContain('Basemap');
		expect(await page.getAttribute('.maplibregl-ctrl-attrib-button', 'title')).not.toMatch(/Toggle/);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('story page: a selected event shows its date in the language', async () => {
		const e = STORY.events.find((x) => x.date?.startsWith('2025-02'))!;
		const { page, errors } = await openPage(browser, `${base}/${lang}/stories/${SLUG}/?sel=event:${e.id}`);
		await page.waitForSelector('[data-testid="event-detail"]', { timeout: 15_000 });
		expect(await page.textContent('[data-testid="event-detail"] dd')).toMatch(t.month);
		expect(await page.getAttribute('[data-testid="event-detail"] h2', 'lang')).toBe(STORY.language ?? 'en');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('embed: prerendered in the language, still in it once hydrated, axe clean', async () => {
		const { page, errors } = await openPage(browser, `${base}/${lang}/stories/${SLUG}/embed/?start=view`, { width: 640, height: 480 });
		expect(await html(page)).toEqual({ lang, dir: t.dir });
		await page.waitForSelector('#embed-root[data-hydrated]', { timeout: 15_000 });
		expect(await page.textContent('.credit .source')).toMatch(t.source);
		// data.json serves every language: the client names the places as the page's server did.
		const marks = await markNames(page);
		for (const [id, name] of Object.entries(t.names)) expect(marks[id], id).toContain(name);
		expect(await page.textContent('.legend summary')).toBe(t.key);
		expect(await axe(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('embed: lang= on the English address moves to the language, keeping the other options', async () => {
		const { page } = await openPage(browser, `${base}/stories/${SLUG}/embed/?lang=${lang}&theme=dark`, { width: 640, height: 480 });
		await page.waitForURL(new RegExp(`/${lang}/stories/${SLUG}/embed/\\?theme=dark$`));
		expect(await html(page)).toEqual({ lang, dir: t.dir });
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		await page.close();
	});

	it('presentation: scenes, controls and the announcement in the language, axe clean', async () => {
		const { page, errors } = await openPage(browser, `${base}/${lang}/stories/${SLUG}/present/?motion=off`);
		expect(await html(page)).toEqual({ lang, dir: t.dir });
		await page.waitForFunction(() => !!document.querySelector('[data-testid="announce"]')?.textContent, null, { timeout: 15_000 });
		expect(await page.textContent('[data-testid="scene-number"]')).toContain(t.scene);
		expect(await page.textContent('[data-testid="announce"]')).toContain(t.scene);
		expect(await page.getAttribute('[data-testid="scene-title"]', 'lang')).toBe(STORY.language ?? 'en');
		// The keyboard steps forward with → in either direction.
		await page.keyboard.press('ArrowRight');
		await page.waitForFunction(() => new URL(location.href).searchParams.get('scene') === '2', null, { timeout: 10_000 });
		expect(new URL(page.url()).pathname).toBe(`/${lang}/stories/${SLUG}/present/`);
		expect(await axe(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('right to left', () => {
	it('mirrors the story page in Arabic: the panel on the other side, the map not', async () => {
		const side = async (url: string) => {
			const { page } = await openPage(browser, url);
			const r = await page.evaluate(() => {
				const panel = document.querySelector('.panel')!.getBoundingClientRect();
				const map = document.querySelector('.mapbox')!.getBoundingClientRect();
				return { panelLeft: panel.left, mapLeft: map.left };
			});
			await page.close();
			return r;
		};
		const ltr = await side(`${base}/fr/stories/${SLUG}/`);
		const rtl = await side(`${base}/ar/stories/${SLUG}/`);
		expect(ltr.panelLeft).toBeGreaterThan(ltr.mapLeft);
		expect(rtl.panelLeft).toBeLessThan(rtl.mapLeft);
	});

	it('keeps the English pages English, with their addresses', async () => {
		const { page } = await openPage(browser, `${base}/stories/${SLUG}/`);
		expect(await html(page)).toEqual({ lang: 'en', dir: 'ltr' });
		expect(await page.textContent('.intro h2')).toBe('How to read this map');
		await page.close();
	});
});
