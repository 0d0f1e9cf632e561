import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { story as storySchema } from '$lib/story/schema';
import { COUNTRY_LABELS } from '$lib/map/basemap';
import { isLocalNames, localizeCountryLabels, localizeStory, NO_NAMES } from './names';
import { countryLabelNames, placeName, storyNames } from './names.server';

const story = storySchema.parse(JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8')));
const named = (s: typeof story, id: string) => s.places.find((p) => p.id === id)!.name;

describe('place names in the interface language', () => {
	it('names countries from world-countries and cities from the gazetteer’s exonyms', () => {
		const fr = localizeStory(story, storyNames(story, 'fr'));
		expect(named(fr, 'saudi-arabia-country')).toBe('Arabie Saoudite');
		expect(named(fr, 'turkey-country')).toBe('Turquie');
		expect(named(fr, 'moscow')).toBe('Moscou');
		expect(named(fr, 'riyadh')).toBe('Riyad');
		expect(named(fr, 'london')).toBe('Londres');
		expect(named(fr, 'brussels')).toBe('Bruxelles');
		// No French exonym in the project's data: the story's own name stands.
		expect(named(fr, 'kursk')).toBe('Kursk');
		expect(named(fr, 'diriyah-palace')).toBe('Diriyah Palace');
	});

	it('names countries in Arabic, Ukrainian and Russian; keeps cities the data has no name for', () => {
		const ar = localizeStory(story, storyNames(story, 'ar'));
		expect(named(ar, 'russia-country')).toBe('روسيا');
		expect(named(ar, 'ukraine-country')).toBe('أوكرانيا');
		expect(named(ar, 'riyadh')).toBe('Riyadh');
		expect(named(localizeStory(story, storyNames(story, 'uk')), 'poland-country')).toBe('Польща');
		expect(named(localizeStory(story, storyNames(story, 'ru')), 'north-korea-country')).toMatch(/Корея/);
	});

	it('changes nothing on a page in the story’s own language', () => {
		const en = storyNames(story, 'en');
		expect(en).toEqual({ places: {}, countries: {}, actors: {} });
		expect(localizeStory(story, en)).toBe(story);
		expect(named(story, 'turkey-country')).toBe('Turkey (Türkiye)');
	});

	it('names states (actors that are countries), not people or organisations', () => {
		const ar = localizeStory(story, storyNames(story, 'ar'));
		const actor = (id: string) => ar.actors.find((a) => a.id === id)!.name;
		expect(actor('russia')).toBe('روسيا');
		expect(actor('us')).toBe('الولايات المتحدة');
		for (const a of ar.actors.filter((a) => a.type !== 'state')) expect(a.name).toBe(story.actors.find((b) => b.id === a.id)!.name);
	});

	it('leaves the story’s own text alone', () => {
		const fr = localizeStory(story, storyNames(story, 'fr'));
		expect(fr.title).toBe(story.title);
		expect(fr.events).toBe(story.events);
		expect(fr.scenes).toBe(story.scenes);
	});

	it('gives a page only the basemap’s labelled countries, not a whole table', () => {
		const fr = countryLabelNames('fr');
		const labelled = new Set(COUNTRY_LABELS.map((l) => l.country).filter(Boolean));
		for (const cc of Object.keys(fr)) expect(labelled.has(cc), cc).toBe(true);
		expect(Object.keys(fr).length).toBeGreaterThan(150);
		expect(JSON.stringify(fr).length).toBeLessThan(6000);
		const labels = localizeCountryLabels(COUNTRY_LABELS, { places: {}, countries: fr });
		expect(labels.find((l) => l.country === 'DE')!.name).toBe('Allemagne');
		// Keys stay the English ones: a keyed list keeps its items across languages.
		expect(labels.find((l) => l.country === 'DE')!.id).toBe(COUNTRY_LABELS.find((l) => l.country === 'DE')!.id);
		expect(localizeCountryLabels(COUNTRY_LABELS, NO_NAMES)).toBe(COUNTRY_LABELS);
	});

	it('reads a names table from a page only when it is one', () => {
		expect(isLocalNames({ places: { a: 'b' }, countries: {} })).toBe(true);
		expect(isLocalNames({ places: { a: 1 }, countries: {} })).toBe(false);
		expect(isLocalNames(null)).toBe(false);
		expect(isLocalNames('x')).toBe(false);
		expect(placeName({ id: 'x', name: 'Nowhere', country: 'ZZ', type: 'city' }, 'fr')).toBeUndefined();
	});
});
