/**
 * Place and country names in the interface's language (issue #21, item 3), applied to the
 * data a page renders. The names are worked out on the server when the page is prerendered
 * (`./names.server.ts`) and travel in the page's data: a page holds its own language's names
 * of its own story's places and of the basemap's labelled countries, never a whole
 * translation table.
 *
 * Only names change. The story's own text (titles, narrative, quotes, units) stays in the
 * story's language; a place the data has no name for in the page's language keeps the
 * story's own name.
 */
import { getContext, setContext } from 'svelte';
import type { CountryLabel } from '$lib/geo/labels';

export interface LocalNames {
	/** Place id → its name in the page's language, where it differs from the story's. */
	places: Record<string, string>;
	/** ISO 3166-1 alpha-2 → the country's name in the page's language (the basemap's labels). */
	countries: Record<string, string>;
	/** Actor id → a state's name in the page's language ("Russia" the state is a country's name too). */
	actors?: Record<string, string>;
}

export const NO_NAMES: LocalNames = Object.freeze({ places: {}, countries: {} }) as LocalNames;

/** Whether a value read from JSON (the embed's page) is a names table; anything else is none. */
export function isLocalNames(value: unknown): value is LocalNames {
	const table = (v: unknown) => !!v && typeof v === 'object' && Object.values(v).every((s) => typeof s === 'string');
	const n = value as LocalNames;
	return !!value && typeof value === 'object' && table(n.places) && table(n.countries) && (n.actors === undefined || table(n.actors));
}

type Named = { id: string; name: string };
function rename<T extends Named>(list: readonly T[], table: Record<string, string> | undefined): readonly T[] {
	if (!table || !list.some((x) => Object.hasOwn(table, x.id))) return list;
	return list.map((x) => (Object.hasOwn(table, x.id) ? { ...x, name: table[x.id]! } : x));
}

/** The story with its places (and states) named in the page's language; the same object when nothing changes. */
export function localizeStory<S extends { places: readonly Named[]; actors?: readonly Named[] }>(story: S, names: LocalNames | null | undefined): S {
	const places = rename(story.places, names?.places);
	const actors = story.actors && rename(story.actors, names?.actors);
	if (places === story.places && actors === story.actors) return story;
	return { ...story, places, ...(actors ? { actors } : {}) };
}

/** The basemap's country labels in the page's language; ids (keys) stay as they are. */
export function localizeCountryLabels(labels: readonly CountryLabel[], names: LocalNames | null | undefined): CountryLabel[] {
	const table = names?.countries;
	if (!table || !Object.keys(table).length) return labels as CountryLabel[];
	return labels.map((l) => (l.country && Object.hasOwn(table, l.country) ? { ...l, name: table[l.country]! } : l));
}

const KEY = Symbol('newsmap.names');

/** Makes the page's names available to the maps below (the root layout; the embed's frame). */
export function provideNames(read: () => LocalNames | null | undefined): void {
	setContext(KEY, read);
}

/** The page's names, as provided above this component; none outside a page that provides them. */
export function pageNames(): () => LocalNames {
	const read = getContext<(() => LocalNames | null | undefined) | undefined>(KEY);
	return () => read?.() ?? NO_NAMES;
}
