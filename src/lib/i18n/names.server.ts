/**
 * The names a page needs in its language, worked out when it is prerendered (see ./names.ts):
 * - a country, as a place or a basemap label: world-countries' translation, else Intl's
 *   (./countries.ts);
 * - a city or other place: the gazetteer's exonyms where the project has them (French:
 *   "Moscou", "Pékin", "Riyad"), matched on the story's name and country; else the story's own.
 * A page in the story's own language changes no place name (the story's editor chose them).
 */
import countryLabels from '$geo/basemap/country-labels.json';
import { CITY_ALIASES_FR, nameKey } from '$lib/ingest/gazetteer';
import { countryNames } from './countries.server';
import type { LocalNames } from './names';
import type { Locale } from './locales';

/** Exonyms by language: "english name|CC" (nameKey) → the language's name. First listed wins. */
const EXONYMS: Partial<Record<Locale, ReadonlyMap<string, string>>> = {
	fr: (() => {
		const out = new Map<string, string>();
		for (const [french, english, cc] of CITY_ALIASES_FR) {
			const key = `${nameKey(english)}|${cc}`;
			if (!out.has(key)) out.set(key, french);
		}
		return out;
	})()
};

interface NamedPlace {
	id: string;
	name: string;
	country: string;
	type: string;
}

/** A place's name in `locale`, or undefined where the data has none (the story's own stands). */
export function placeName(p: NamedPlace, locale: Locale): string | undefined {
	if (p.type === 'country') return countryNames(locale).get(p.country);
	return EXONYMS[locale]?.get(`${nameKey(p.name)}|${p.country}`);
}

const labelTables = new Map<Locale, Record<string, string>>();

/** The basemap's labelled countries named in `locale` (English: the basemap's own names). */
export function countryLabelNames(locale: Locale): Record<string, string> {
	if (locale === 'en') return {};
	let t = labelTables.get(locale);
	if (!t) {
		const names = countryNames(locale);
		t = {};
		for (const [cc] of countryLabels.labels as [string, ...unknown[]][]) {
			const n = cc && names.get(cc);
			if (n) t[cc] = n;
		}
		labelTables.set(locale, t);
	}
	return t;
}

interface NamedActor {
	id: string;
	name: string;
	type: string;
	country?: string;
}

/** Everything a story's page names, in `locale`: its places, its states (actors that are a country), the basemap's countries. */
export function storyNames(story: { language?: string; places: readonly NamedPlace[]; actors?: readonly NamedActor[] }, locale: Locale): LocalNames {
	const places: Record<string, string> = {};
	const actors: Record<string, string> = {};
	if ((story.language || 'en') !== locale) {
		for (const p of story.places) {
			const n = placeName(p, locale);
			if (n && n !== p.name) places[p.id] = n;
		}
		for (const a of story.actors ?? []) {
			const n = a.type === 'state' && a.country ? countryNames(locale).get(a.country) : undefined;
			if (n && n !== a.name) actors[a.id] = n;
		}
	}
	return { places, countries: countryLabelNames(locale), actors };
}
