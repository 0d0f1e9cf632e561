/**
 * Country names per locale from the full world-countries file, for the server and the build
 * (prerendered pages, per-locale label tables): never bundled into a page.
 */
import worldCountries from 'world-countries';
import { countryNameTable, type CountryRecord } from './countries';
import type { Locale } from './locales';

const tables = new Map<Locale, ReadonlyMap<string, string>>();

/** Every country's name in `locale`, by ISO 3166-1 alpha-2 code. */
export function countryNames(locale: Locale): ReadonlyMap<string, string> {
	let t = tables.get(locale);
	if (!t) tables.set(locale, (t = countryNameTable(worldCountries as unknown as CountryRecord[], locale)));
	return t;
}
