import { describe, expect, it, beforeAll } from 'vitest';
import { join } from 'node:path';
import { loadGazetteer, type Gazetteer } from './gazetteer';
import { geoparse } from './geoparse';
import { readText } from './read';
import { findDescriptors } from './coref';
import { extractEvents, findPersons, moneyFigure, troopFigure } from './events';
import { draftStory } from './draft';
import { story as storySchema } from '../story/schema';

const FIX = join(process.cwd(), 'tests/fixtures/ingest');
let gaz: Gazetteer;
beforeAll(() => {
	gaz = loadGazetteer();
}, 30_000);
const fixture = (name: string): string => {
	const r = readText(join(FIX, name));
	if (!r.ok) throw new Error(r.error);
	return r.text;
};

describe('seats of power and organisations', () => {
	it('resolves seats to buildings within their city, not the head of a longer name', () => {
		const text = fixture('seats.txt');
		const got = geoparse(text, gaz);
		const unsc = got.find((t) => t.text === 'United Nations Security Council');
		expect(unsc).toMatchObject({ type: 'building', country: 'US', organisation: true });
		expect(unsc?.within?.name).toBe('New York City');
		expect(got.find((t) => t.text === 'Mar-a-Lago')?.within?.name).toBe('West Palm Beach');
		expect(got.some((t) => t.text.startsWith('European Council'))).toBe(false);
	});
});

describe('descriptors', () => {
	it('"the Egyptian capital" is Cairo and "the kingdom" the last kingdom named', () => {
		const text = fixture('events-figures.txt');
		const d = findDescriptors(text, geoparse(text, gaz), gaz);
		expect(d.map((t) => [t.text, t.name])).toEqual([
			['the Egyptian capital', 'Cairo'],
			['kingdom', 'Saudi Arabia']
		]);
		for (const t of d) expect(text.slice(t.start, t.end)).toBe(t.text);
	});
	it('"the kingdom" with no kingdom named before resolves to nothing', () => {
		const text = 'Officials in France said the kingdom would wait.';
		expect(findDescriptors(text, geoparse(text, gaz), gaz)).toEqual([]);
	});
});

describe('figures', () => {
	it.each([
		['more than 12,000 North Korean troops were in Russia', { text: 'more than 12,000', value: 12000, qualifier: 'more-than', unit: 'troops' }],
		['North Korea has deployed thousands of troops', { text: 'thousands', unit: 'troops' }],
		['up to 500 peacekeepers', { value: 500, qualifier: 'up-to', unit: 'peacekeepers' }]
	])('troopFigure(%s)', (s, want) => expect(troopFigure(s)).toMatchObject(want));
	it.each([
		['earned about $540-million in 2023', { text: 'about $540-million', value: 540e6, qualifier: 'about', unit: 'US dollars' }],
		['a €2.5bn loan', { value: 2.5e9, unit: 'euros', qualifier: 'exact' }],
		["Russian oil represented 65% of Turkey's total oil imports", { text: '65%', value: 65, measure: 'share' }]
	])('moneyFigure(%s)', (s, want) => expect(moneyFigure(s)).toMatchObject(want));
	it.each(['no numbers here', '12 angry men', '$ signs alone', ''])('no figure in %j', (s) => {
		expect(troopFigure(s)).toBeNull();
		expect(moneyFigure(s)).toBeNull();
	});
});

describe('event extraction: fixture text → events', () => {
	const text = () => fixture('events-figures.txt');
	const events = () => {
		const t = text();
		const topos = geoparse(t, gaz);
		return extractEvents(t, topos, '2025-02-18', { gaz, descriptors: findDescriptors(t, topos, gaz) });
	};
	it('a meeting in "the Egyptian capital" is in Cairo, dated', () => {
		const m = events().find((e) => e.kind === 'meeting');
		expect(m?.at?.name).toBe('Cairo');
		expect(m?.date).toBe('2025-02-17');
	});
	it('a deployment with its count and who states it', () => {
		const d = events().find((e) => e.kind === 'deployment');
		expect(d).toMatchObject({ by: 'TD', at: { name: 'Mali' }, from: { name: "N'Djamena" } });
		expect(d?.figure).toMatchObject({ value: 2000, qualifier: 'more-than', unit: 'soldiers' });
		expect(d?.figure?.according.countries.sort()).toEqual(['FR', 'NE']);
	});
	it('a trade flow with its amount, from the seller to the buyer', () => {
		const t = events().find((e) => e.kind === 'trade');
		expect(t?.from?.country).toBe('NO');
		expect(t?.at?.country).toBe('DE');
		expect(t?.figure).toMatchObject({ value: 3.2e9, qualifier: 'about', unit: 'US dollars' });
	});
	it('"had spoken with" a foreign leader is a call between capitals', () => {
		const c = events().find((e) => e.kind === 'call');
		expect(c?.from?.name).toBe('Paris');
		expect(c?.at?.name).toBe('Berlin');
		expect(c?.inferred).toBe(true);
	});
	it('a foreign leader speaking in a city is on a visit there', () => {
		const v = events().find((e) => e.kind === 'visit' && e.at?.name === 'Ankara');
		expect(v?.persons.map((p) => p.short)).toEqual(['Duda']);
		expect(v?.date).toBe('2025-02-18');
	});
	it('a postponed visit keeps its status and its country', () => {
		const v = events().find((e) => e.kind === 'visit' && e.status === 'postponed');
		expect(v?.at?.name).toBe('Saudi Arabia');
	});
	it('people get their nationality from a demonym or possessive, not from a topic ("Ukraine envoy")', () => {
		const t = "China's Foreign Minister Wang Yi met Trump's Ukraine envoy, Keith Kellogg, and Russian President Vladimir Putin.";
		const ps = findPersons(t, geoparse(t, gaz));
		expect(ps.find((p) => p.short === 'Yi')?.country).toBe('CN');
		expect(ps.find((p) => p.short === 'Putin')?.country).toBe('RU');
		expect(ps.find((p) => p.short === 'Kellogg')?.country ?? null).not.toBe('UA');
	});
	it('empty and place-less text give no events', () => {
		expect(extractEvents('', [], '2025-02-18', { gaz })).toEqual([]);
		const t = fixture('no-places.txt');
		expect(extractEvents(t, geoparse(t, gaz), '2025-02-18', { gaz })).toEqual([]);
	});
});

describe('drafting with counts, amounts and inferred capitals', () => {
	it('drafts a valid story; counts and amounts are schema figures with sources', () => {
		const t = fixture('events-figures.txt');
		const { story, drafts } = draftStory([{ file: 'events-figures.txt', text: t, date: '2025-02-18' }], gaz, { today: '2025-02-20' });
		const parsed = storySchema.safeParse(story);
		expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
		const dep = story.events.find((e) => e.kind === 'deployment');
		expect(dep?.kind === 'deployment' && dep.count?.value).toBe(2000);
		expect(dep?.kind === 'deployment' && dep.count?.according).toEqual(expect.arrayContaining(['france', 'niger']));
		const trade = story.events.find((e) => e.kind === 'trade');
		expect(trade?.kind === 'trade' && trade.amount?.value).toBe(3.2e9);
		// Berlin is never named: an inferred capital, with lower confidence and no quote.
		const berlin = story.places.find((p) => p.name === 'Berlin');
		expect(berlin?.sources).toEqual([]);
		expect(drafts['place:berlin']!.confidence).toBeLessThanOrEqual(0.5);
		for (const e of story.events) for (const s of e.sources) expect(t).toContain(s.quote);
	});
});
