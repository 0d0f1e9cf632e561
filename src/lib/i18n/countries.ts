/**
 * Country names in the interface's language. The source is `world-countries`' translations
 * (its `fra`, `deu`, `rus`, `ara`); it has no Ukrainian, so Ukrainian (and any country the
 * package leaves untranslated) comes from Intl.DisplayNames, which names ISO regions from
 * CLDR in Node and every current browser. English is the caller's own English name, so the
 * map's labels read as they do today.
 *
 * Pure: the records are passed in. The whole world-countries file is 1 MB of JSON, so it is
 * read at build time (countries.server.ts) and a page gets a small table of names.
 */
import type { Locale } from './locales';

/** world-countries' key for each locale's translation; absent: it has none. */
export const WORLD_COUNTRIES_KEY: Partial<Record<Locale, string>> = { fr: 'fra', de: 'deu', ru: 'rus', ar: 'ara' };

/** The fields of a world-countries record this module reads. */
export interface CountryRecord {
	cca2: string;
	name: { common: string };
	translations: Record<string, { common: string; official?: string } | undefined>;
}

const displayNames = new Map<Locale, Intl.DisplayNames | null>();
function regionNames(locale: Locale): Intl.DisplayNames | null {
	if (!displayNames.has(locale)) {
		let d: Intl.DisplayNames | null = null;
		try {
			d = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
		} catch {
			d = null; // an engine without DisplayNames: the English name stands
		}
		displayNames.set(locale, d);
	}
	return displayNames.get(locale) ?? null;
}

/** Intl's name of an ISO 3166-1 alpha-2 region in a locale, or undefined (unknown code, no data). */
export function intlCountryName(cca2: string, locale: Locale): string | undefined {
	// ZZ is CLDR's "Unknown Region": a name, but not of a country.
	if (!/^[A-Z]{2}$/.test(cca2) || cca2 === 'ZZ') return undefined;
	try {
		return regionNames(locale)?.of(cca2) ?? undefined;
	} catch {
		return undefined;
	}
}

/**
 * One country's name: world-countries' translation, else Intl's, else `english` (the
 * record's common name when not given).
 */
export function countryName(cca2: string, locale: Locale, { record, english }: { record?: CountryRecord; english?: string } = {}): string {
	const fallback = english ?? record?.name.common ?? cca2;
	if (locale === 'en') return fallback;
	const key = WORLD_COUNTRIES_KEY[locale];
	const translated = key ? record?.translations[key]?.common?.trim() : undefined;
	return translated || intlCountryName(cca2, locale) || fallback;
}

/** Names of all the given countries in a locale, by alpha-2 code. */
export function countryNameTable(records: readonly CountryRecord[], locale: Locale): Map<string, string> {
	return new Map(records.map((r) => [r.cca2, countryName(r.cca2, locale, { record: r })]));
}
