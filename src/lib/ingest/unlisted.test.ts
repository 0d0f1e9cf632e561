/**
 * Places the gazetteer lacks, read from how the text uses them; and the cheaper date reading.
 * Invented sentences and invented names ("Korvask", "Brelinai") only.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { haversineKm, loadGazetteer, nameKey, type Gazetteer } from './gazetteer';
import { geoparse } from './geoparse';
import { findUnlistedPlaces, reanchorKnown, spellingKey, spellingVariant } from './unlisted';
import { dateOf, dateWindow, tenseOf } from './events';
import { draftStory, draftEventPlaceIds, type DraftResult } from './draft';
import { placeDistance, type ScorePlace } from './score';

let gaz: Gazetteer;
beforeAll(() => {
	gaz = loadGazetteer();
}, 30_000);

const unlisted = (text: string, people: string[] = []) =>
	findUnlistedPlaces(text, geoparse(text, gaz).filter((t) => !!t.country), gaz, { people: new Set(people) }).map((t) => ({
		name: t.name,
		country: t.country,
		basis: t.unlisted!.basis,
		type: t.type
	}));
const draft = (text: string, date = '2024-06-12'): DraftResult => draftStory([{ file: 'a.txt', text, date }], gaz);

describe('places the gazetteer lacks', () => {
	it('the invented names are not in the gazetteer', () => {
		for (const n of ['Korvask', 'Brelinai', 'Tasmor', 'Quellin']) expect(gaz.names.has(nameKey(n))).toBe(false);
	});
	it('a name listed with towns of one country is a place in that country', () => {
		const r = unlisted('Aircraft struck three plants in Iran — Tabriz, Shiraz and Korvask — on Monday.');
		expect(r).toEqual([{ name: 'Korvask', country: 'IR', basis: 'list', type: 'city' }]);
	});
	it('a name with a facility noun is a site; its country from the possessive before it', () => {
		const r = unlisted("Inspectors visited Iran's Brelinai enrichment site last week.");
		expect(r).toEqual([{ name: 'Brelinai', country: 'IR', basis: 'facility', type: 'building' }]);
	});
	it('troops stationed at two unknown names: both, in the country the report is set in', () => {
		const r = unlisted('Polish soldiers arrived in Lithuania on Monday. About 900 troops will be stationed at Tasmor and Quellin.');
		expect(r.map((x) => [x.name, x.country, x.basis])).toEqual([
			['Tasmor', 'LT', 'verb'],
			['Quellin', 'LT', 'verb']
		]);
	});
	it('"in <country>" after the name gives its country', () => {
		expect(unlisted('Drones struck Korvask, in Syria, overnight.')).toEqual([{ name: 'Korvask', country: 'SY', basis: 'verb', type: 'city' }]);
	});
	it('is not fooled by people, sentence openers, families or lists of countries', () => {
		expect(unlisted('The envoy met Maria Korvask and Paris officials.', ['Maria', 'Korvask'])).toEqual([]);
		expect(unlisted('However, Madrid and Lisbon disagreed on the plan.')).toEqual([]);
		expect(unlisted('Critics blamed Moscow for the attack on the Brelinais in Salisbury.')).toEqual([]);
		expect(unlisted('Ministers from France, Germany and Quellin met in Rome.')).toEqual([]);
		expect(unlisted('The painter Korvask and London galleries split the fee.')).toEqual([]);
		expect(unlisted('President Ursula von der Korvask and Paris officials met.')).toEqual([]);
	});
	it('without a country, nothing is drafted', () => {
		expect(unlisted('Rockets were fired at Korvask.')).toEqual([]);
	});
	it('a strike on an unlisted site is drafted there, flagged for the editor to place', () => {
		const d = draft('On Monday Israeli jets struck air defence sites in Homs, Hama and Korvask, Syrian state media said.');
		const place = d.story.places.find((p) => p.name === 'Korvask');
		expect(place?.country).toBe('SY');
		expect(place?.note).toMatch(/Not in the gazetteer.*Place it by hand/);
		expect(d.drafts[`place:${place!.id}`]?.unlocated).toBe(true);
		// At the country's point until the editor places it.
		const sy = gaz.countries.get('SY')!;
		expect(place!.coordinates).toEqual([Math.round(sy.lon * 1e4) / 1e4, Math.round(sy.lat * 1e4) / 1e4]);
		const events = [...d.story.events, ...d.pending].filter((e) => draftEventPlaceIds(e as unknown as Record<string, unknown>).includes(place!.id));
		expect(events.map((e) => e.kind)).toEqual(['strike']);
		// The towns listed with it are located as usual.
		expect(d.story.places.filter((p) => !d.drafts[`place:${p.id}`]?.unlocated).map((p) => p.name)).toContain('Homs');
	});
});

describe('places the gazetteer lacks, located from a known place the text names', () => {
	const located = (text: string, people: string[] = []) =>
		findUnlistedPlaces(text, geoparse(text, gaz).filter((t) => !!t.country), gaz, { people: new Set(people) }).map((t) => ({
			name: t.name,
			country: t.country,
			basis: t.unlisted!.basis,
			relation: t.unlisted!.anchor?.relation,
			from: t.unlisted!.anchor?.name,
			lat: t.lat,
			lon: t.lon
		}));
	const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => haversineKm(a.lat, a.lon, b.lat, b.lon);
	const city = (name: string, cc: string) => gaz.names.get(nameKey(name))!.map((n) => n.place).find((p) => p.country === cc && p.kind === 'city')!;
	it('"a village 30 km south of Qom": 30 km south of Qom, a place by the distance alone', () => {
		const [r] = located('Inspectors reached Korvask, a village 30 km south of Qom, on Monday.');
		const qom = city('Qom', 'IR');
		expect(r).toMatchObject({ name: 'Korvask', country: 'IR', basis: 'anchor', relation: 'offset', from: qom.name });
		expect(km(r!, qom)).toBeCloseTo(30, 0);
		expect(r!.lat).toBeLessThan(qom.lat);
		expect(Math.abs(r!.lon - qom.lon)).toBeLessThan(0.01);
	});
	it('miles and a bearing: "12 miles northeast of Kharkiv" is about 19 km to the north-east', () => {
		const [r] = located('Shelling hit Korvask, 12 miles northeast of Kharkiv, overnight.');
		const kh = city('Kharkiv', 'UA');
		expect(km(r!, kh)).toBeCloseTo(19.3, 0);
		expect(r!.lat).toBeGreaterThan(kh.lat);
		expect(r!.lon).toBeGreaterThan(kh.lon);
	});
	it('"near", "outside" and the region put it at the known place, with that country', () => {
		expect(located('Drones hit the Brelinai enrichment site near Isfahan overnight.')[0]).toMatchObject({ name: 'Brelinai', country: 'IR', basis: 'facility', relation: 'near' });
		expect(located('Troops will be stationed in Tasmor, outside Vilnius, from next year.')[0]).toMatchObject({ name: 'Tasmor', country: 'LT', relation: 'near', from: 'Vilnius' });
		const [q] = located('The brigade trains at Quellin in the Kaunas region.');
		expect(q).toMatchObject({ name: 'Quellin', country: 'LT', relation: 'region', from: 'Kaunas' });
		expect(km(q!, city('Kaunas', 'LT'))).toBeLessThan(1);
	});
	it('French: "à 40 km au nord de Kharkiv", "près de Lviv"', () => {
		const [r] = located('Les frappes ont visé Korvask, à 40 km au nord de Kharkiv, dans la nuit.');
		expect(r).toMatchObject({ name: 'Korvask', country: 'UA', relation: 'offset' });
		expect(km(r!, city('Kharkiv', 'UA'))).toBeCloseTo(40, 0);
		expect(located('Les ministres se sont réunis à Tasmor, près de Lviv, vendredi.')[0]).toMatchObject({ name: 'Tasmor', relation: 'near', from: 'Lviv' });
	});
	it('"near" alone makes no place of a name that could be a person', () => {
		expect(located('Talks with Korvask near Kyiv went well.')).toEqual([]);
		expect(located('Officials met in Tasmor near Lviv on Friday.')).toMatchObject([{ name: 'Tasmor', relation: 'near' }]);
		// A country is no anchor: "near Iran" says nothing more than the country.
		expect(located('The convoy stopped at Tasmor near Iran.')).toEqual([]);
		// Another sentence is no anchor either.
		expect(located('Drones struck Korvask. Near Kyiv, sirens sounded.').every((r) => r.relation === undefined)).toBe(true);
	});
	it('the draft puts it there and says it is approximate, not "to place by hand"', () => {
		const d = draft('Drones struck Korvask, a village 25 km west of Homs, on Monday, Syrian state media said.');
		const place = d.story.places.find((p) => p.name === 'Korvask')!;
		expect(place.note).toMatch(/placed from the text.*25 km from Homs.*Approximate/);
		expect(d.drafts[`place:${place.id}`]).toMatchObject({ approximate: true });
		expect(d.drafts[`place:${place.id}`]?.unlocated).toBeUndefined();
		expect(km({ lat: place.coordinates[1], lon: place.coordinates[0] }, city('Homs', 'SY'))).toBeCloseTo(25, 0);
	});
});

describe('a known name the text locates from another place', () => {
	const re = (text: string) =>
		reanchorKnown(text, geoparse(text, gaz).filter((t) => !!t.country), gaz).map((t) => ({ text: t.text, country: t.country, lat: t.lat, lon: t.lon, basis: t.unlisted?.basis }));
	it('takes the namesake that fits "60 km north of Sevastopol", not the largest town of the name', () => {
		const alone = geoparse('Officials met in Saki on Monday.', gaz).find((t) => t.text === 'Saki');
		expect(alone?.country).not.toBe('UA');
		const saki = re('Drones struck an airfield at Saki, 60 km north of Sevastopol, overnight.').find((t) => t.text === 'Saki')!;
		expect(saki.country).toBe('UA');
		expect(saki.basis).toBeUndefined();
		expect(haversineKm(saki.lat, saki.lon, 45.13, 33.6)).toBeLessThan(5);
	});
	it('with no namesake there, puts it where the words say, approximate', () => {
		const k = re('Shelling hit Kirovsk, 30 km east of Kharkiv, on Monday.').find((t) => t.text === 'Kirovsk')!;
		const kharkiv = gaz.names.get('kharkiv')!.find((e) => e.place.country === 'UA' && e.place.kind === 'city')!.place;
		expect(k).toMatchObject({ country: 'UA', basis: 'anchor' });
		expect(haversineKm(k.lat, k.lon, kharkiv.lat, kharkiv.lon)).toBeCloseTo(30, 0);
	});
	it('leaves a place that already fits the words, and a list, alone', () => {
		const r = re('Talks were held in Lviv, 70 km from the border, near Rivne.');
		expect(r.every((t) => t.basis === undefined)).toBe(true);
		const list = re('Strikes hit Kharkiv, Sumy and Poltava on Monday.');
		expect(list.map((t) => t.country)).toEqual(['UA', 'UA', 'UA']);
	});
});

describe('other spellings of towns the gazetteer has', () => {
	it('folds the usual romanisation differences, and only those', () => {
		expect(spellingKey('Al-Qusayr')).toBe(spellingKey('Qusair'));
		expect(spellingKey('Zhytomyr')).toBe(spellingKey('Jitomir'));
		expect(spellingKey('Pokrowsk')).toBe(spellingKey('Pokrovsk'));
		expect(spellingKey('Kharkov')).not.toBe(spellingKey('Kharkiv'));
	});
	it('a name GeoNames writes with a soft-sign apostrophe is found without it', () => {
		const t = geoparse('Rockets hit Kramatorsk on Monday.', gaz).find((x) => x.text === 'Kramatorsk');
		expect(t?.country).toBe('UA');
	});
	it('an unlisted name that is another spelling of a town in its country is put at that town', () => {
		const d = draft('Russian drones struck Pokrowsk and Korvask in Ukraine overnight.');
		const p = d.story.places.find((x) => x.name === 'Pokrowsk')!;
		const town = spellingVariant(gaz, 'Pokrovsk', 'UA')!;
		expect(town.country).toBe('UA');
		expect(p.coordinates).toEqual([Math.round(town.lon * 1e4) / 1e4, Math.round(town.lat * 1e4) / 1e4]);
		expect(p.note).toMatch(/taken as Pokrovsk/);
		expect(d.drafts[`place:${p.id}`]).toMatchObject({ approximate: true });
		// An invented name has no such town: it stays at the country's point, to place by hand.
		const k = d.story.places.find((x) => x.name === 'Korvask')!;
		expect(d.drafts[`place:${k.id}`]?.unlocated).toBe(true);
		expect(spellingVariant(gaz, 'Korvask', 'UA')).toBeUndefined();
	});
});

describe('scoring an unlocated draft', () => {
	const gold: ScorePlace = { name: 'Korvask', written: ['Korvask'], lat: 34.9, lon: 36.1, country: 'SY', isCountry: false };
	const at = (o: Partial<ScorePlace>): ScorePlace => ({ name: 'Korvask', lat: 35, lon: 38, country: 'SY', isCountry: false, ...o });
	it('matches the same referent by name and country, never by its stand-in point', () => {
		expect(placeDistance(at({ unlocated: true }), gold)).not.toBeNull();
		expect(placeDistance(at({ unlocated: true, country: 'LB' }), gold)).toBeNull();
		expect(placeDistance(at({ unlocated: true, name: 'Homs' }), gold)).toBeNull();
		// Without the flag, the country's point is 170 km away: no match.
		expect(placeDistance(at({}), gold)).toBeNull();
	});
});

describe('date reading, cheaper', () => {
	it('chrono reads only the stretch around the date words, with the same result', () => {
		const long = 'After a long and often heated exchange of letters between the two governments about fishing quotas, the ministers met on Tuesday in a hotel near the harbour.';
		const [from, to] = dateWindow(long, /tuesday/giu);
		expect(from).toBeGreaterThan(0);
		expect(long.slice(from, to)).toMatch(/^\S.*Tuesday.*\S$/);
		expect(dateOf(long, '2024-06-13')).toEqual({ date: '2024-06-11', dateText: 'on Tuesday' });
	});
	it('a deadline before the date is still seen inside the window', () => {
		const s = 'Both sides promised, after months of quarrelling over the text of the agreement and its annexes, to sign it before March 3.';
		expect(dateOf(s, '2024-02-01', { forward: true }).date).toBeUndefined();
	});
	it('the date text carries no trailing punctuation', () => {
		expect(dateOf('The leaders spoke on Friday, the agency said.', '2024-06-12').dateText).toBe('on Friday');
	});
	it('tense is the same when asked twice (memoised per report)', () => {
		expect(tenseOf('the ministers met in the capital')).toBe('past');
		expect(tenseOf('the ministers met in the capital')).toBe('past');
		expect(tenseOf('the ministers will meet in the capital')).toBe('future');
	});
});

describe('deployments: the force told again, parties, and "by the end of"', () => {
	const deployments = (text: string, date = '2024-06-12') =>
		[...draft(text, date).story.events].filter((e) => e.kind === 'deployment').map((e) => ({
			status: e.status,
			when: e.date ?? `${e.start}..${e.end}`,
			actors: e.actors,
			places: draftEventPlaceIds(e as unknown as Record<string, unknown>),
			force: (e as { force?: string }).force
		}));
	it('a brigade named again without its state keeps the state of the force named earlier; planned by the end of a year', () => {
		const d = deployments(
			'WARSAW — Defence Minister Jan Kowal welcomed a new Danish battalion in Poland on Tuesday. The 12th Mechanised Battalion will be fully ready by the end of 2026, with troops stationed at Tasmor and Quellin.'
		);
		expect(d[1]).toEqual({ status: 'planned', when: '2024-06-12..2026-12-31', actors: ['denmark', 'poland'], places: ['copenhagen', 'tasmor'], force: '12th Mechanised Battalion' });
		// One deployment per station listed ("at Tasmor and Quellin"), as a strike is one per place struck.
		expect(d[2]).toEqual({ ...d[1], places: ['copenhagen', 'quellin'] });
		expect(d).toHaveLength(3);
	});
	it('states only mentioned are not parties; the force is not "has had troops"', () => {
		const d = deployments('Canada has had troops in Latvia, which borders Russia and Belarus, since 2017.');
		expect(d).toEqual([{ status: 'happened', when: '2017-01-01..2024-06-12', actors: ['canada', 'latvia'], places: ['ottawa', 'latvia-country'], force: 'troops' }]);
	});
	it('a sentence with troops and no state anywhere in the report drafts nothing', () => {
		expect(deployments('About 900 troops will be stationed at Tasmor and Quellin by the end of 2026.')).toEqual([]);
	});
});

describe('a clause dated from another event', () => {
	it('"came one day after X announced …" is the day before the event the report dated', () => {
		const d = draft(
			'The Austrian chancellor met the Czech prime minister in Vienna on June 10, 2024. The meeting came just one day after Austria announced new sanctions on Belarus.',
			'2024-06-11'
		);
		const trade = d.story.events.find((e) => e.kind === 'trade');
		expect(trade?.date).toBe('2024-06-09');
		expect(trade?.dateText).toBe('one day after');
	});
});
