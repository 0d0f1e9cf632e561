import { describe, expect, it } from 'vitest';
import { formatDay as modelFormatDay } from '$lib/story/model';
import { collator, isolate, formatDay, formatDayLong, formatDayRange, formatList, formatMonth, formatNumber, formatFigure, formatRelative, parseDay, pluralCategories, pluralCategory } from './format';
import { LOCALES } from './locales';

describe('days', () => {
	it('English is the site’s own short form, whatever the ICU version', () => {
		for (const d of ['2025-02-18', '2025-09-01', '2024-12-31', '1999-01-05']) expect(formatDay(d, 'en')).toBe(modelFormatDay(d));
		expect(formatDay('2025-09-18', 'en')).toBe('18 Sep 2025');
		expect(formatMonth('2025-02-01', 'en')).toBe('Feb 2025');
		expect(formatDayRange('2025-02-18', '2025-02-20', 'en')).toBe('18 Feb 2025 – 20 Feb 2025');
	});

	it('other languages through Intl, in UTC (no day shifts with the time zone)', () => {
		const d = '2025-02-18';
		expect(formatDay(d, 'fr')).toBe('18 févr. 2025');
		expect(formatDay(d, 'de')).toBe('18. Feb. 2025');
		expect(formatDay(d, 'ru')).toMatch(/^18 февр\. 2025/);
		expect(formatDay(d, 'uk')).toMatch(/^18 лют\. 2025/);
		expect(formatDay(d, 'ar')).toBe('18 فبراير 2025');
		expect(formatDayLong(d, 'fr')).toBe('18 février 2025');
		expect(formatDayLong(d, 'uk')).toMatch(/^18 лютого 2025/);
		expect(formatMonth(d, 'de', true)).toBe('Februar 2025');
		expect(formatDayRange('2025-02-18', '2025-02-20', 'fr')).toBe('18–20 févr. 2025');
		expect(formatDayRange('2025-02-18', '2025-02-18', 'de')).toBe('18. Feb. 2025');
	});

	it('a string that is not a real day is shown as it is', () => {
		for (const bad of ['2025-02-30', '18/02/2025', '', '2025-2-1']) {
			expect(parseDay(bad)).toBeNull();
			for (const l of LOCALES) expect(formatDay(bad, l)).toBe(bad);
		}
		expect(formatDayRange('2025-02-18', 'soon', 'fr')).toBe('18 févr. 2025 – soon');
	});
});

describe('numbers, lists, plurals, relative times', () => {
	it('numbers by locale, Arabic with Latin digits', () => {
		expect(LOCALES.map((l) => formatNumber(12000, l))).toEqual(['12,000', '12\u202f000', '12.000', '12\u00a0000', '12\u00a0000', '12,000']);
		expect(formatNumber(0.5, 'fr', { style: 'percent' })).toMatch(/^50[\u00a0\u202f]%$/);
	});

	it('lists joined as each language joins them', () => {
		const names = ['A', 'B', 'C'];
		expect(formatList(names, 'en')).toBe('A, B and C');
		expect(formatList(names, 'fr')).toBe('A, B et C');
		expect(formatList(names, 'de')).toBe('A, B und C');
		expect(formatList(names, 'ru')).toBe('A, B и C');
		expect(formatList(names, 'uk')).toBe('A, B і C');
		expect(formatList(names, 'ar')).toBe('A وB وC');
		expect(formatList(['A', 'B'], 'en', 'disjunction')).toBe('A or B');
	});

	it('plural categories are CLDR’s', () => {
		expect(pluralCategories('ar').sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
		expect(pluralCategories('ru').sort()).toEqual(['few', 'many', 'one', 'other']);
		expect(pluralCategories('de').sort()).toEqual(['one', 'other']);
		expect([0, 1, 2, 3, 11, 100].map((n) => pluralCategory(n, 'ar'))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
		expect([1, 2, 5, 21].map((n) => pluralCategory(n, 'uk'))).toEqual(['one', 'few', 'many', 'one']);
		expect([0, 1, 2].map((n) => pluralCategory(n, 'fr'))).toEqual(['one', 'one', 'other']);
	});

	it('relative times in the largest whole unit', () => {
		const now = new Date('2025-02-20T12:00:00Z');
		expect(formatRelative(new Date('2025-02-17T12:00:00Z'), now, 'en')).toBe('3 days ago');
		expect(formatRelative(new Date('2025-02-17T12:00:00Z'), now, 'fr')).toBe('il y a 3 jours');
		expect(formatRelative(new Date('2025-02-19T12:00:00Z'), now, 'de')).toBe('gestern');
		expect(formatRelative(new Date('2025-03-06T12:00:00Z'), now, 'uk')).toBe('через 2 тижні');
	});

	it('a collator per locale, reused', () => {
		expect(collator('de')).toBe(collator('de'));
		expect(['Zürich', 'Ägypten', 'Berlin'].sort(collator('de').compare)).toEqual(['Ägypten', 'Berlin', 'Zürich']);
	});
});

it('isolates data text for the bidi algorithm', () => {
	expect(isolate('Riyadh')).toBe('\u2068Riyadh\u2069');
});

it('writes figures by one rule: digits below a million, words from a million', () => {
	expect(formatFigure(12000, 'en')).toBe('12,000');
	expect(formatFigure(2.345, 'en')).toBe('2.35');
	expect(formatFigure(540_000_000, 'en')).toBe('540 million');
	expect(formatFigure(1_250_000, 'de')).toMatch(/^1,3 Million/);
	expect(formatFigure(-3_000_000, 'fr')).toMatch(/^-3 million/);
});
