import { describe, expect, it } from 'vitest';
import worldCountries from 'world-countries';
import { countryName, countryNameTable, intlCountryName, WORLD_COUNTRIES_KEY, type CountryRecord } from './countries';
import { countryNames } from './countries.server';
import { LOCALES } from './locales';

const records = worldCountries as unknown as CountryRecord[];
const sa = records.find((c) => c.cca2 === 'SA')!;

describe('country names', () => {
	it('world-countries has the translations used, and no Ukrainian', () => {
		const keys = Object.keys(sa.translations);
		for (const k of Object.values(WORLD_COUNTRIES_KEY)) expect(keys).toContain(k);
		expect(keys).not.toContain('ukr');
	});

	it('come from world-countries, Ukrainian from Intl, English as given', () => {
		expect(countryName('SA', 'fr', { record: sa })).toBe(sa.translations.fra!.common);
		expect(countryName('SA', 'ru', { record: sa })).toBe('Саудовская Аравия');
		expect(countryName('SA', 'ar', { record: sa })).toBe('السعودية');
		expect(countryName('SA', 'uk', { record: sa })).toBe('Саудівська Аравія');
		expect(countryName('SA', 'en', { record: sa, english: 'Saudi Arabia' })).toBe('Saudi Arabia');
	});

	it('fall back to Intl, then to the English name, never to nothing', () => {
		const bare: CountryRecord = { cca2: 'UA', name: { common: 'Ukraine' }, translations: {} };
		expect(countryName('UA', 'de', { record: bare })).toBe('Ukraine');
		expect(countryName('UA', 'ru', { record: bare })).toBe('Украина');
		expect(intlCountryName('ZZ', 'fr')).toBeUndefined();
		expect(intlCountryName('not a code', 'fr')).toBeUndefined();
		expect(countryName('ZZ', 'fr', { english: 'Nowhere' })).toBe('Nowhere');
	});

	it('name every country in every language', () => {
		for (const l of LOCALES) {
			const t = countryNames(l);
			expect(t.size).toBe(records.length);
			expect([...t.values()].every((n) => n.trim().length > 0)).toBe(true);
		}
		expect(countryNames('uk').get('RU')).toBe('Росія');
		expect(countryNameTable([sa], 'de').get('SA')).toBe('Saudi-Arabien');
	});
});
