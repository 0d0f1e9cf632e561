import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { citation, figureAmount, figureLine, formatDate, formatDateText, formatNumber, NBSP, quote, smartQuotes, storyLocale } from './format';
import { figure as figureSchema, reportIndex, story as storySchema, type Figure } from './schema';

const fig = (over: Partial<Figure>): Figure => figureSchema.parse({ text: 'x', sources: [{ report: 'r.txt', quote: 'q' }], ...over });

describe('quote', () => {
	it.each([
		['only six days ago', '“only six days ago”'],
		['“only six days ago”', '“only six days ago”'],
		['"probably."', '“probably.”'],
		['  “went well”  ', '“went well”'],
		['He said “no” and left', '“He said ‘no’ and left”'],
		['“He said “no” today”', '“He said ‘no’ today”'],
		['Delegations will "meet in Riyadh on Tuesday," a source said', '“Delegations will ‘meet in Riyadh on Tuesday,’ a source said”'],
		['Russia\'s invasion', '“Russia’s invasion”'],
		// Two quotations side by side are not one quotation: wrapped, inner marks secondary.
		['“a” and “b”', '“‘a’ and ‘b’”']
	])('quote(%j) = %j', (input, expected) => expect(quote(input)).toBe(expected));

	it('never doubles, however often it is applied', () => {
		const once = quote('There must be no decision over the heads of Ukraine.');
		expect(quote(once)).toBe(once);
		expect(quote(quote(once))).toBe(once);
		expect(once).not.toMatch(/““|””/);
	});

	it('uses the locale’s marks, primary outside and secondary inside', () => {
		expect(quote('il a dit “non”', 'fr')).toBe(`«${NBSP}il a dit “non”${NBSP}»`);
		expect(quote('er sagte "nein"', 'de-DE')).toBe('„er sagte ‚nein‘“');
		expect(quote('„schon zitiert“', 'de')).toBe('„schon zitiert“');
		expect(quote('x', 'zz')).toBe('“x”');
	});
});

describe('dateText and smart quotes', () => {
	it('shows a dateText as written, never wrapped again', () => {
		const t = '“only six days ago” (000); “earlier in February” (001)';
		expect(formatDateText(t)).toBe(t);
		expect(formatDateText('"on Monday" (000)')).toBe('“on Monday” (000)');
	});
	it('makes straight quotes and apostrophes typographic', () => {
		expect(smartQuotes('the "final stages" of Kiev\'s deal')).toBe('the “final stages” of Kiev’s deal');
		expect(smartQuotes("to hold 'follow-up meeting' in Riyadh; Kiev.'s backers")).toBe('to hold ‘follow-up meeting’ in Riyadh; Kiev.’s backers');
	});
});

describe('figures', () => {
	it.each([
		[{ text: 'more than 12,000', value: 12000, qualifier: 'more-than', unit: 'troops' }, `more than 12,000${NBSP}troops`],
		[{ text: 'the 20%', value: 20, qualifier: 'exact', unit: 'per cent of Ukraine’s territory' }, `20%${NBSP}of Ukraine’s territory`],
		[{ text: '65%', value: 65, qualifier: 'exact', unit: 'per cent of Turkey’s total oil imports' }, `65%${NBSP}of Turkey’s total oil imports`],
		[{ text: 'about $540-million', value: 540_000_000, qualifier: 'about', unit: 'US dollars' }, `about 540 million${NBSP}US dollars`],
		[{ text: 'thousands', unit: 'troops' }, `thousands${NBSP}of troops`],
		[{ text: 'Tens of thousands', unit: 'soldiers killed' }, `Tens of thousands${NBSP}of soldiers killed`],
		[{ text: 'dozens', unit: 'ballistic missiles fired' }, `dozens${NBSP}of ballistic missiles fired`],
		[{ text: '4½ hours' }, '4½ hours'],
		[{ text: '3,000 to 4,000', value: 3000, qualifier: 'range', unit: 'troops' }, `3,000 to 4,000${NBSP}troops`],
		[{ text: 'three', value: 3, unit: 'North Korean generals' }, `3${NBSP}North Korean generals`]
	] as const)('figureAmount(%j) = %j', (f, expected) => expect(figureAmount(fig(f as Partial<Figure>))).toBe(expected));

	it('formats numbers by locale', () => {
		expect(figureAmount(fig({ value: 12000, qualifier: 'exact', unit: 'soldats' }), 'fr')).toBe(`12${'\u202f'}000${NBSP}soldats`);
		expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
	});

	it('says what is measured, who states it and the day it holds', () => {
		const names: Record<string, string> = { us: 'United States', shea: 'Dorothy Camille Shea' };
		const f = fig({ text: 'more than 12,000', value: 12000, qualifier: 'more-than', unit: 'troops', measure: 'strength in Russia', according: ['us', 'shea'], asOf: '2025-01-31' });
		expect(figureLine(f, { actorName: (id) => names[id] })).toBe(
			`more than 12,000${NBSP}troops (strength in Russia), according to United States and Dorothy Camille Shea, as of January 2025`
		);
		const day = fig({ text: 'the 20%', value: 20, unit: 'per cent of Ukraine’s territory', asOf: '2025-02-18', according: ['kyiv-unknown'] });
		expect(figureLine(day)).toBe(`20%${NBSP}of Ukraine’s territory, according to kyiv-unknown, as of 18 February 2025`);
		expect(figureLine(fig({ text: 'dozens', unit: 'missiles' }))).toBe(`dozens${NBSP}of missiles`);
		expect(figureLine(fig({ text: 'thousands', unit: 'troops', according: ['ukraine', 'us', 'south-korea'] }))).toBe(`thousands${NBSP}of troops, according to ukraine, us and south-korea`);
	});

	it('writes the line in the interface language around the story\'s own words', () => {
		const names: Record<string, string> = { us: 'États-Unis', shea: 'Dorothy Camille Shea' };
		const f = fig({ text: 'more than 12,000', value: 12000, qualifier: 'more-than', unit: 'troops', measure: 'strength in Russia', according: ['us', 'shea'], asOf: '2025-01-31' });
		const actorName = (id: string) => names[id];
		expect(figureLine(f, { locale: 'fr', actorName })).toBe(
			`plus de 12\u202f000${NBSP}troops (strength in Russia), selon États-Unis et Dorothy Camille Shea, situation${NBSP}: janvier 2025`
		);
		expect(figureLine(f, { locale: 'de', actorName })).toBe(
			`mehr als 12.000${NBSP}troops (strength in Russia), laut États-Unis und Dorothy Camille Shea, Stand: Januar 2025`
		);
		expect(figureLine(f, { locale: 'uk', actorName })).toMatch(/^понад 12\s000\u00a0troops \(strength in Russia\), за даними: États-Unis і Dorothy Camille Shea, станом на січень 2025/);
		expect(figureLine(f, { locale: 'ru', actorName })).toMatch(/^более 12\s000\u00a0troops .*по данным: États-Unis и Dorothy Camille Shea, по состоянию на январь 2025/);
		// Arabic: Arabic words and comma, Latin digits (the site's choice), the story's words isolated.
		const ar = figureLine(f, { locale: 'ar', actorName });
		expect(ar.startsWith(`أكثر من 12,000${NBSP}\u2068troops\u2069 (\u2068strength in Russia\u2069)\u060c بحسب `)).toBe(true);
		expect(ar).toMatch(/\u060c حتى يناير 2025$/);
		expect(ar).not.toMatch(/according|as of|more than/);
		expect(figureAmount(fig({ value: 20, unit: 'per cent of Ukraine’s territory' }), 'fr')).toBe(`20${NBSP}%${NBSP}of Ukraine’s territory`);
		expect(figureAmount(fig({ value: 540_000_000, qualifier: 'about', unit: 'US dollars' }), 'de')).toBe(`etwa 540 Millionen${NBSP}US dollars`);
	});

	it('dates a citation in the interface language', () => {
		const meta = { file: 'a.txt', title: 'Title', publisher: 'AFP', date: '2025-02-24', dateInferred: true };
		expect(citation(meta, '', 'en', 'fr').date).toBe('24 février 2025 (date déduite)');
		expect(citation(meta, '', 'en', 'ar').text).toBe('AFP\u060c “Title”\u060c 24 فبراير 2025 (تاريخ مستنتَج)');
	});

	it('never runs a figure into its unit or its measure', () => {
		const f = fig({ text: 'more than 12,000', value: 12000, qualifier: 'more-than', unit: 'troops', measure: 'strength' });
		expect(figureLine(f)).not.toMatch(/\dtroops|troops\(/);
	});
});

describe('dates', () => {
	it('writes days, and month-end days as months when asked', () => {
		expect(formatDate('2025-02-18')).toBe('18 February 2025');
		expect(formatDate('2025-01-31')).toBe('31 January 2025');
		expect(formatDate('2025-01-31', 'en', true)).toBe('January 2025');
		expect(formatDate('2024-02-29', 'en', true)).toBe('February 2024');
		expect(formatDate('2024-02-28', 'en', true)).toBe('28 February 2024');
		expect(formatDate('2025-02-18', 'fr')).toBe('18 février 2025');
		expect(formatDate('2025-02-18', 'en-US')).toBe('February 18, 2025');
		expect(formatDate('not-a-day')).toBe('not-a-day');
	});
});

describe('citations', () => {
	const index = reportIndex.parse(JSON.parse(readFileSync('geo/reports/index.json', 'utf8')));

	it('gives outlet, title, date and link, and never the note on how the date was found', () => {
		for (const meta of index.reports) {
			const c = citation(meta, '/base');
			expect(c.href).toBe(`/base/reports/${meta.file}`);
			expect(c.text).not.toContain(meta.dateBasis);
			expect(c.text).not.toMatch(/““|””|\(the text|sign-off|dateline/);
			expect(c.text).toContain(c.date);
		}
	});

	it('formats a known outlet, and falls back to the title when there is none', () => {
		const meta = { file: 'a b.txt', title: "US, Russia to hold 'follow-up meeting'", publisher: 'AFP', date: '2025-02-24', dateInferred: false };
		expect(citation(meta)).toEqual({
			outlet: 'AFP',
			title: '“US, Russia to hold ‘follow-up meeting’”',
			date: '24 February 2025',
			href: '/reports/a%20b.txt',
			text: 'AFP, “US, Russia to hold ‘follow-up meeting’”, 24 February 2025'
		});
		const none = citation({ ...meta, publisher: undefined, dateInferred: true });
		expect(none.outlet).toBe('“US, Russia to hold ‘follow-up meeting’”');
		expect(none.text).toBe('“US, Russia to hold ‘follow-up meeting’”, 24 February 2025 (date inferred)');
	});
});

describe('the flagship formats cleanly', () => {
	const s = storySchema.parse(JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8')));
	const locale = storyLocale(s);
	const name = (id: string) => s.actors.find((a) => a.id === id)?.name;

	it('every figure line has its number apart from its unit, and every dateText balanced quotes', () => {
		for (const e of s.events) {
			const figures = e.kind === 'deployment' ? [...(e.count ? [e.count] : []), ...e.figures] : e.kind === 'trade' && e.amount ? [e.amount] : [];
			for (const f of figures) {
				const line = figureLine(f, { locale, actorName: name });
				expect(line, e.id).not.toMatch(/\d[A-Za-z]|[A-Za-z]\(/);
				for (const id of f.according) expect(line, e.id).toContain(name(id)!);
			}
			if (e.dateText) {
				const d = formatDateText(e.dateText, locale);
				expect(d.split('“').length, `${e.id}: ${d}`).toBe(d.split('”').length);
				expect(d, e.id).not.toMatch(/““|””|"/);
			}
		}
	});
});
