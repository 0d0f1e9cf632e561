/**
 * Drafting a story (schema v1) from reports: places from toponyms named as places (not
 * demonyms), actors from people and states, events from the extracted cues. Every drafted item
 * gets a sidecar entry {draft: true, confidence, report, start, end} keyed by "kind:id", so the
 * story file itself stays valid against the strict schema.
 */
import type { StoryInput } from '../story/schema';
import type { Gazetteer } from './gazetteer';
import { geoparse, type Toponym } from './geoparse';
import { extractEvents, type ExtractedEvent, type Person } from './events';

export interface ReportInput {
	/** File name as in geo/reports ("000_x.txt"). */
	file: string;
	text: string;
	/** ISO day the report was published; relative dates resolve against it. */
	date: string;
}

export interface DraftMeta {
	draft: true;
	confidence: number;
	report: string;
	start: number;
	end: number;
}

export interface DraftResult {
	story: StoryInput;
	/** "place:riyadh", "actor:putin", "event:meeting-riyadh-2025-02-18" → draft metadata. */
	drafts: Record<string, DraftMeta>;
	/** Reports that yielded no places (still listed, with a warning). */
	warnings: string[];
}

export function slugify(s: string): string {
	return (
		s
			.normalize('NFD')
			.replace(/\p{M}+/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 70)
			.replace(/-+$/, '') || 'x'
	);
}

type PlaceIn = StoryInput['places'][number];
type ActorIn = StoryInput['actors'][number];
type EventIn = StoryInput['events'][number];

function placeId(t: Toponym): string {
	return t.type === 'country' ? `${slugify(t.name)}-country` : slugify(t.name.replace(/, .*$/, ''));
}

function clampLat(lat: number): number {
	return Math.max(-85, Math.min(85, lat));
}

/** Quote: the sentence, capped at the schema's 2,000 characters (a verbatim substring either way). */
function quote(text: string, start: number, end: number): string {
	return text.slice(start, Math.min(end, start + 2000)).trim();
}

export function draftStory(reports: ReportInput[], gaz: Gazetteer, options: { slug?: string; title?: string; today?: string } = {}): DraftResult {
	const places = new Map<string, PlaceIn>();
	const actors = new Map<string, ActorIn>();
	const events = new Map<string, EventIn>();
	const drafts: Record<string, DraftMeta> = {};
	const warnings: string[] = [];
	const stateIdByCountry = new Map<string, string>();

	const stateActor = (cc: string): string | null => {
		const known = stateIdByCountry.get(cc);
		if (known) return known;
		const c = gaz.countries.get(cc);
		if (!c) return null;
		const id = slugify(c.name);
		stateIdByCountry.set(cc, id);
		if (!actors.has(id)) actors.set(id, { id, name: c.name, type: 'state', country: cc, memberOf: [] });
		return id;
	};
	const capitalPlace = (cc: string, topos: Toponym[]): string | null => {
		// A city of that country named in the report, else the country itself.
		const city = topos.find((t) => t.country === cc && t.type === 'city');
		const t = city ?? topos.find((x) => x.country === cc && x.type === 'country');
		return t ? placeId(t) : null;
	};

	for (const r of reports) {
		// Places need an ISO country in the schema: continents and the EU stay out.
		const topos = geoparse(r.text, gaz).filter((t) => !!t.country);
		if (!topos.length) warnings.push(`${r.file}: no places found`);
		for (const t of topos) {
			if (t.type === 'country') stateActor(t.country);
			const id = placeId(t);
			const sentenceStart = Math.max(r.text.lastIndexOf('\n', t.start) + 1, r.text.lastIndexOf('. ', t.start) + 2);
			const sentenceEndDot = r.text.indexOf('. ', t.end);
			const sentenceEndNl = r.text.indexOf('\n', t.end);
			const ends = [sentenceEndDot >= 0 ? sentenceEndDot + 1 : r.text.length, sentenceEndNl >= 0 ? sentenceEndNl : r.text.length];
			const q = quote(r.text, sentenceStart, Math.min(...ends));
			const existing = places.get(id);
			if (existing) {
				const src = existing.sources ?? [];
				if (src.length < 3 && !src.some((s) => s.report === r.file)) src.push({ report: r.file, quote: q });
				existing.sources = src;
				const meta = drafts[`place:${id}`];
				if (meta) meta.confidence = Math.max(meta.confidence, t.confidence);
				continue;
			}
			const type = t.type === 'building' ? 'building' : t.type;
			places.set(id, {
				id,
				name: t.name,
				coordinates: [Math.round(t.lon * 1e4) / 1e4, clampLat(Math.round(t.lat * 1e4) / 1e4)],
				country: t.country,
				type,
				...(t.geonameid ? { geonameid: t.geonameid } : {}),
				sources: q ? [{ report: r.file, quote: q }] : []
			});
			drafts[`place:${id}`] = { draft: true, confidence: t.confidence, report: r.file, start: t.start, end: t.end };
		}

		const extracted = extractEvents(r.text, topos, r.date);
		const personIds = new Map<string, string>();
		const personActor = (p: Person): string => {
			const id = slugify(p.short === p.name ? p.name : p.name.split(' ').slice(-1)[0] ?? p.name);
			if (!actors.has(id)) {
				const memberOf = p.country ? [stateActor(p.country)].filter((x): x is string => !!x) : [];
				actors.set(id, { id, name: p.name, type: 'person', ...(p.country ? { country: p.country } : {}), memberOf });
			}
			personIds.set(p.short, id);
			return id;
		};
		for (const ev of extracted) {
			const built = buildEvent(ev, r, topos, personActor, stateActor, capitalPlace);
			if (!built) continue;
			const key = `${built.kind}|${eventPlaceKey(built)}|${built.date ?? built.start ?? ''}`;
			const dup = [...events.values()].find((e) => `${e.kind}|${eventPlaceKey(e)}|${e.date ?? e.start ?? ''}` === key);
			if (dup) {
				if (dup.sources.length < 4 && !dup.sources.some((s) => s.quote === built.sources[0]!.quote)) dup.sources.push(built.sources[0]!);
				const meta = drafts[`event:${dup.id}`];
				if (meta) meta.confidence = Math.min(0.95, Math.max(meta.confidence, ev.confidence) + 0.05);
				continue;
			}
			let id = built.id;
			for (let n = 2; events.has(id); n++) id = `${built.id}-${n}`;
			built.id = id;
			events.set(id, built);
			drafts[`event:${id}`] = { draft: true, confidence: ev.confidence, report: r.file, start: ev.sentence.start, end: ev.sentence.end };
		}
	}
	for (const a of actors.values()) drafts[`actor:${a.id}`] ??= { draft: true, confidence: 0.6, report: reports[0]?.file ?? '', start: 0, end: 0 };

	const placeList = [...places.values()];
	const lons = placeList.map((p) => p.coordinates[0]);
	const lats = placeList.map((p) => p.coordinates[1]);
	const center: [number, number] = placeList.length
		? [Math.round(((Math.min(...lons) + Math.max(...lons)) / 2) * 100) / 100, Math.round(((Math.min(...lats) + Math.max(...lats)) / 2) * 100) / 100]
		: [0, 0];
	const dates = reports.map((r) => r.date).sort();
	const story: StoryInput = {
		version: 1,
		slug: options.slug ?? 'draft-story',
		title: options.title ?? 'Draft story (machine-drafted, to review)',
		language: 'en',
		updated: options.today ?? dates[dates.length - 1] ?? new Date().toISOString().slice(0, 10),
		camera: { center, zoom: 3 },
		reports: reports.map((r) => r.file),
		places: placeList,
		actors: [...actors.values()],
		events: [...events.values()],
		scenes: []
	};
	return { story, drafts, warnings };
}

function eventPlaceKey(e: EventIn): string {
	switch (e.kind) {
		case 'meeting':
			return e.place;
		case 'call':
		case 'trade':
			return `${e.from}>${e.to}`;
		case 'visit':
		case 'travel':
		case 'deployment':
			return e.to;
	}
}

function buildEvent(
	ev: ExtractedEvent,
	r: ReportInput,
	topos: Toponym[],
	personActor: (p: Person) => string,
	stateActor: (cc: string) => string | null,
	capitalPlace: (cc: string, topos: Toponym[]) => string | null
): EventIn | null {
	const q = quote(r.text, ev.sentence.start, ev.sentence.end);
	const source = { report: r.file, quote: q };
	const people = ev.persons.map(personActor);
	const states = ev.countries.map(stateActor).filter((x): x is string => !!x);
	const actorIds = [...new Set([...people, ...states])];
	if (!actorIds.length) return null;
	const named = ev.places.filter((t) => t.form !== 'demonym');
	const local = named.filter((t) => t.type === 'city' || t.type === 'building');
	const mainPlace = local[0] ?? named.find((t) => t.type === 'region') ?? named[0];
	const date = {
		...(ev.date ? { date: ev.date } : {}),
		...(ev.start && ev.end ? { start: ev.start, end: ev.end } : {}),
		...(ev.dateText ? { dateText: ev.dateText.slice(0, 160) } : {})
	};
	const title = q.length > 150 ? `${q.slice(0, 147).trimEnd()}…` : q;
	const base = { title, summary: q.slice(0, 1200), status: ev.status, ...date, actors: actorIds, sources: [source] };
	const when = ev.date ?? ev.start ?? 'undated';
	switch (ev.kind) {
		case 'meeting': {
			if (!mainPlace) return null;
			const place = placeId(mainPlace);
			return { ...base, id: `meeting-${place}-${when}`, kind: 'meeting', place, participants: actorIds };
		}
		case 'call': {
			const ccs = [...new Set(ev.persons.map((p) => p.country).filter((c): c is string => !!c))];
			if (ccs.length < 2 || actorIds.length < 2) return null;
			const from = capitalPlace(ccs[0]!, topos);
			const to = capitalPlace(ccs[1]!, topos);
			if (!from || !to) return null;
			return { ...base, id: `call-${from}-${to}-${when}`, kind: 'call', from, to, participants: actorIds };
		}
		case 'visit':
		case 'travel': {
			if (!mainPlace) return null;
			const to = placeId(mainPlace);
			const who = people.length ? people : states;
			const fromT = ev.kind === 'travel' ? named.find((t) => t !== mainPlace && /\bfrom\s*$/i.test(r.text.slice(Math.max(0, t.start - 6), t.start))) : undefined;
			return { ...base, id: `${ev.kind}-${to}-${when}`, kind: ev.kind, who, to, ...(fromT ? { from: placeId(fromT) } : {}) };
		}
		case 'deployment': {
			const target = local[0] ?? named.find((t) => t.type === 'region') ?? named[named.length - 1];
			const byCc = ev.places.find((t) => t.form === 'demonym')?.country ?? ev.countries[0];
			const by = byCc ? stateActor(byCc) : states[0];
			if (!target || !by) return null;
			const to = placeId(target);
			return { ...base, id: `deployment-${to}-${when}`, kind: 'deployment', force: (ev.force ?? 'forces').slice(0, 200), by, to, figures: [] };
		}
		case 'trade': {
			const ps = named.length >= 2 ? named : ev.places;
			if (ps.length < 2) return null;
			const from = placeId(ps[0]!);
			const to = placeId(ps.find((t) => placeId(t) !== from) ?? ps[1]!);
			if (from === to) return null;
			return { ...base, id: `trade-${from}-${to}-${when}`, kind: 'trade', from, to, goods: ev.goods ?? 'other', what: (ev.what ?? 'goods').slice(0, 200) };
		}
	}
}
