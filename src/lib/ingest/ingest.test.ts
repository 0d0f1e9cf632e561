import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer, type Gazetteer } from './gazetteer';
import { geoparse } from './geoparse';
import { readText } from './read';
import { dateOf, splitSentences, statusOf } from './events';
import { draftStory } from './draft';
import { mergeStories } from './merge';
import { aucOf, parseGwn, score } from './bench';
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

describe('geoparse: fixture text → toponyms', () => {
	const cases: Array<{ file: string; expect: Array<{ text: string; country: string; type?: string; near?: [number, number] }> }> = [
		{
			file: 'meeting.txt',
			expect: [
				{ text: 'Russian', country: 'RU', type: 'country' },
				{ text: 'US', country: 'US', type: 'country' },
				{ text: 'Riyadh', country: 'SA', type: 'city', near: [24.69, 46.72] },
				{ text: 'Saudi', country: 'SA' },
				{ text: 'Moscow', country: 'RU', type: 'city', near: [55.75, 37.62] }
			]
		},
		{ file: 'paris-texas.txt', expect: [{ text: 'Paris', country: 'US', near: [33.66, -95.56] }, { text: 'Texas', country: 'US', type: 'region' }, { text: 'Austin', country: 'US' }] },
		{ file: 'paris-france.txt', expect: [{ text: 'French', country: 'FR' }, { text: 'European', country: '' }, { text: 'Paris', country: 'FR', near: [48.85, 2.35] }, { text: 'Germany', country: 'DE' }, { text: 'Italy', country: 'IT' }] },
		{ file: 'georgia.txt', expect: [{ text: 'Tbilisi', country: 'GE' }, { text: 'Georgia', country: 'GE', type: 'country' }, { text: 'Russian', country: 'RU' }, { text: 'Armenia', country: 'AM' }] },
		{ file: 'no-places.txt', expect: [] }
	];
	for (const c of cases) {
		it(c.file, () => {
			const text = fixture(c.file);
			const got = geoparse(text, gaz);
			for (const t of got) expect(text.slice(t.start, t.end)).toBe(t.text);
			expect(got.map((t) => t.text)).toEqual(c.expect.map((e) => e.text));
			c.expect.forEach((e, k) => {
				const t = got[k]!;
				expect(t.country, `${e.text} country`).toBe(e.country);
				if (e.type) expect(t.type, `${e.text} type`).toBe(e.type);
				if (e.near) {
					expect(Math.abs(t.lat - e.near[0])).toBeLessThan(0.5);
					expect(Math.abs(t.lon - e.near[1])).toBeLessThan(0.5);
				}
			});
		});
	}

	it('does not take a person name or a sentence-initial common word for a town', () => {
		const text = 'Police said Vladimir Putin spoke. Putin and Marco Rubio agreed. Rubio left.';
		expect(geoparse(text, gaz).map((t) => t.text)).toEqual([]);
	});

	it('strips possessives and keeps offsets in UTF-16 units', () => {
		const text = '“Kyiv’s backers” met in Türkiye — and in Moscow.';
		const got = geoparse(text, gaz);
		expect(got.map((t) => t.text)).toEqual(['Kyiv', 'Türkiye', 'Moscow']);
		for (const t of got) expect(text.slice(t.start, t.end)).toBe(t.text);
	});
});

describe('reading files: bad input gives a clear error, the rest still works', () => {
	const cases: Array<[string, RegExp | null]> = [
		['meeting.txt', null],
		['empty.txt', /empty/],
		['latin1.txt', /not valid UTF-8/],
		['does-not-exist.txt', /cannot read \(no such file\)/],
		['paris-texas.txt', null]
	];
	it.each(cases)('%s', (name, err) => {
		const r = readText(join(FIX, name));
		if (err) {
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.error).toMatch(err);
		} else expect(r.ok).toBe(true);
	});
	it('a directory is unreadable', () => {
		const r = readText(FIX);
		expect(r.ok).toBe(false);
	});
});

describe('events, dates and status', () => {
	it.each([
		['met on Tuesday', '2025-02-18', { date: '2025-02-18' }],
		['a phone call only six days ago', '2025-02-18', { date: '2025-02-12' }],
		['a treaty signed in June 2024', '2025-02-18', { start: '2024-06-01', end: '2024-06-30' }],
		['a summit in Bucharest in 2008', '2025-02-18', { start: '2008-01-01', end: '2008-12-31' }],
		['no date here', '2025-02-18', {}]
	])('dateOf(%s)', (s, ref, want) => {
		const got = dateOf(s, ref);
		for (const [k, v] of Object.entries(want)) expect(got[k as keyof typeof got]).toBe(v);
		if (!Object.keys(want).length) expect(got.date ?? got.start).toBeUndefined();
	});
	it.each([
		['They met in Riyadh.', 'happened'],
		['They will meet in Riyadh next week.', 'planned'],
		['He postponed his visit to Saudi Arabia.', 'postponed'],
		['Starmer offered British troops.', 'proposed'],
		['The summit was cancelled.', 'cancelled']
	])('statusOf(%s)', (s, want) => expect(statusOf(s)).toBe(want));
	it('splits sentences with offsets', () => {
		const text = 'U.S. officials met. Then St. Louis voted.\nNew line here.';
		const ss = splitSentences(text);
		expect(ss.map((s) => s.text)).toEqual(['U.S. officials met.', 'Then St. Louis voted.', 'New line here.']);
		for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text);
	});
});

describe('drafting and merging a story', () => {
	const reports = () => [
		{ file: 'meeting.txt', text: fixture('meeting.txt'), date: '2025-02-18' },
		{ file: 'paris-france.txt', text: fixture('paris-france.txt'), date: '2025-02-17' },
		{ file: 'no-places.txt', text: fixture('no-places.txt'), date: '2025-02-17' }
	];
	it('drafts a valid story with verbatim quotes and a draft sidecar', () => {
		const { story, drafts, warnings } = draftStory(reports(), gaz, { today: '2025-02-20' });
		const parsed = storySchema.safeParse(story);
		expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
		expect(warnings).toEqual(['no-places.txt: no places found']);
		const texts = Object.fromEntries(reports().map((r) => [r.file, r.text]));
		for (const item of [...story.places, ...story.events])
			for (const s of item.sources ?? []) expect(texts[s.report]).toContain(s.quote);
		const meeting = story.events.find((e) => e.kind === 'meeting' && e.place === 'riyadh');
		expect(meeting?.date).toBe('2025-02-18');
		expect(meeting?.status).toBe('happened');
		expect(story.events.find((e) => e.kind === 'meeting' && e.place === 'paris')?.date).toBe('2025-02-17');
		expect(drafts['place:riyadh']).toMatchObject({ draft: true, report: 'meeting.txt' });
		expect(drafts['place:riyadh']!.confidence).toBeGreaterThan(0.5);
	});
	it('merge keeps curated items and proposes only additions', () => {
		const { story: a } = draftStory(reports().slice(0, 1), gaz, { today: '2025-02-20' });
		const { story: b } = draftStory(reports(), gaz, { today: '2025-02-20' });
		const curated = { ...a, places: a.places.map((p) => (p.id === 'riyadh' ? { ...p, note: 'curated note', id: 'riyadh-city' } : p)) };
		curated.events = curated.events.map((e) => (e.kind === 'meeting' && e.place === 'riyadh' ? { ...e, place: 'riyadh-city', title: 'Curated title' } : e));
		const m = mergeStories(curated, b);
		expect(m.story.places.find((p) => p.id === 'riyadh-city')?.note).toBe('curated note');
		expect(m.story.places.some((p) => p.id === 'riyadh')).toBe(false);
		expect(m.review.places.added).toContain('paris');
		expect(m.review.places.unchanged).toContain('riyadh-city');
		expect(m.story.events.find((e) => e.kind === 'meeting' && e.place === 'riyadh-city')?.title).toBe('Curated title');
		expect(m.review.events.added.length).toBeGreaterThan(0);
		expect(storySchema.safeParse(m.story).success).toBe(true);
	});
});

describe('benchmark scoring', () => {
	it('parses the corpus format and scores spans and distances', () => {
		const xml = readFileSync(join(FIX, 'mini-gwn.xml'), 'utf8');
		const gold = parseGwn(xml);
		expect(gold).toHaveLength(1);
		expect(gold[0]!.toponyms.map((t) => gold[0]!.text.slice(t.start, t.end))).toEqual(['Paris', 'French']);
		expect(gold[0]!.unmatchable).toBe(1);
		const s = score(gold, new Map([['0', [{ start: 4, end: 9, lat: 48.85, lon: 2.35 }, { start: 20, end: 24, lat: 0, lon: 0 }]]]));
		expect(s.gold).toBe(3);
		expect(s.matched).toBe(1);
		expect(s.precision).toBe(0.5);
		expect(s.acc161).toBe(1);
		expect(aucOf([0, 0])).toBe(0);
	});
});
