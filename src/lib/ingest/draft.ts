/**
 * Drafting a story (schema v1) from reports: places from toponyms named as places (not
 * demonyms), actors from people and states, events from the extracted cues. Every drafted item
 * gets a sidecar entry {draft: true, confidence, report, start, end} keyed by "kind:id", so the
 * story file itself stays valid against the strict schema.
 */
import { event as eventSchema, type StoryInput } from '../story/schema';
import { eventPlaces } from '../story/model';
import { KINDS } from '../kinds';
import type { Gazetteer } from './gazetteer';
import { geoparse, type Toponym } from './geoparse';
import { extractEvents, languageOf, REPORT_DAY, splitSentences, findPersonMentions, mergePersons, surnameKey, type ExtractedEvent, type FigureInfo, type Person } from './events';
import { findDescriptors } from './coref';
import { findUnlistedPlaces, reanchorKnown } from './unlisted';
import { groupOf, rulesFor } from './kind-rules';

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
	/** A place the gazetteer lacks, put at its country's point: the editor must place it. */
	unlocated?: true;
	/** A place the gazetteer lacks, put where the text locates it ("30 km south of Qom"): the editor should check it. */
	approximate?: true;
}

const BASIS: Record<NonNullable<Toponym['unlisted']>['basis'], string> = {
	facility: 'named as a site or base',
	list: 'listed with places there',
	verb: 'where troops are stationed or a strike fell',
	anchor: 'located by the text from a known place'
};

/** The editor's note on a place the gazetteer lacks. */
function unlistedNote(t: Toponym): string {
	const v = t.unlisted!.variantOf;
	if (v) return `Not in the gazetteer as written: ${t.name} is taken as ${v}, ${t.unlisted!.country}, another spelling of the same name. Check it.`;
	const a = t.unlisted!.anchor;
	if (a)
		return `Not in the gazetteer: ${t.name} is placed from the text ("${a.words}")${a.relation === 'offset' ? `, ${Math.round(a.km!)} km from ${a.name}` : ` at ${a.name}`}. Approximate: check it.`;
	return `Not in the gazetteer: ${t.name} is ${BASIS[t.unlisted!.basis]} in ${t.unlisted!.country}, and is drafted at the centre of ${t.unlisted!.country}. Place it by hand.`;
}

export interface DraftResult {
	story: StoryInput;
	/** "place:riyadh", "actor:putin", "event:meeting-riyadh-2025-02-18" → draft metadata. */
	drafts: Record<string, DraftMeta>;
	/** Reports that yielded no places (still listed, with a warning). */
	warnings: string[];
	/**
	 * Drafted events of kinds the story schema does not accept yet (a kind registered in
	 * src/lib/kinds/ before the schema knows it). Same shape as story events; kept beside the
	 * story (sidecar, eval) so nothing is lost until the schema takes them.
	 */
	pending: PendingEvent[];
}

/** An event of any kind: the schema's common fields plus the kind's own. */
const KIND_NAMES: ReadonlySet<string> = new Set(KINDS.map((k) => k.kind));

export type PendingEvent = StoryInput['events'][number] | (Omit<StoryInput['events'][number], 'kind'> & { kind: string; [field: string]: unknown });

/**
 * Place ids an event uses, whatever its kind. Where a kind keeps its places is its own module's
 * business (a strike's `target`, a flow's `from` and `to`), so this asks the registry rather than
 * guessing field names; a kind the registry doesn't know has none.
 */
export function draftEventPlaceIds(e: { [k: string]: unknown }): string[] {
	if (typeof e.kind !== 'string' || !KIND_NAMES.has(e.kind)) return [];
	try {
		return [...new Set(eventPlaces(e as unknown as StoryInput['events'][number]).filter((x): x is string => typeof x === 'string'))];
	} catch {
		// A pending draft may lack what its kind needs (an exchange with no sides yet): no places.
		return [];
	}
}

/** Letters that Unicode does not decompose into a base letter and a mark ("Støre", "Łódź"). */
const FOLD: Record<string, string> = { ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

export function slugify(s: string): string {
	return (
		s
			.replace(/[øØæÆœŒßłŁđĐðþı]/g, (c) => FOLD[c] ?? c)
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

/**
 * The sentence around an offset, as the event reader splits it (abbreviations such as "U.S." or
 * "Feb." do not end it; a sentence at the very start of the text keeps its first letter).
 */
function sentenceAround(text: string, start: number, end: number): string {
	const s = splitSentences(text).find((x) => x.start <= start && end <= x.end);
	if (s) return quote(text, s.start, s.end);
	// A name outside every sentence (the report's own source line): its line.
	return quote(text, text.lastIndexOf('\n', start) + 1, (text.indexOf('\n', end) + 1 || text.length + 1) - 1);
}

export interface DraftOptions {
	slug?: string;
	title?: string;
	today?: string;
	/** Called after each report's places, then after each report's events (the CLI's progress bar). */
	onProgress?: (step: 'places' | 'events', report: ReportInput) => void;
}

/** The kinds the story schema accepts (read from its discriminated union, not listed here). */
const SCHEMA_KINDS = new Set<string>(eventSchema.options.map((o) => o.shape.kind.value));

export function draftStory(reports: ReportInput[], gaz: Gazetteer, options: DraftOptions = {}): DraftResult {
	const places = new Map<string, PlaceIn>();
	const actors = new Map<string, ActorIn>();
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

	/** Add (or reinforce) a place; synthetic places (a capital inferred for a state) have start -1 and no quote. */
	const ensurePlace = (t: Toponym, r: ReportInput, confidence: number): string => {
		const id = placeId(t);
		const q = t.start >= 0 ? sentenceAround(r.text, t.start, t.end) : '';
		const existing = places.get(id);
		if (existing) {
			const src = existing.sources ?? [];
			if (q && src.length < 3 && !src.some((x) => x.report === r.file)) src.push({ report: r.file, quote: q });
			existing.sources = src;
			const meta = drafts[`place:${id}`];
			if (meta) {
				meta.confidence = Math.max(meta.confidence, confidence);
				if (meta.start < 0 && t.start >= 0) Object.assign(meta, { report: r.file, start: t.start, end: t.end });
			}
			return id;
		}
		let within: string | undefined;
		if (t.within) {
			within = ensurePlace(
				{ ...t, ...t.within, start: -1, end: -1, text: t.within.name, type: 'city', form: 'name', placeKey: t.within.key, within: undefined, organisation: undefined },
				r,
				Math.min(confidence, 0.6)
			);
		}
		places.set(id, {
			id,
			name: t.name,
			coordinates: [Math.round(t.lon * 1e4) / 1e4, clampLat(Math.round(t.lat * 1e4) / 1e4)],
			country: t.country,
			type: t.organisation ? 'organisation-seat' : t.type,
			...(within ? { within } : {}),
			...(t.geonameid ? { geonameid: t.geonameid } : {}),
			...(t.unlisted ? { note: unlistedNote(t) } : {}),
			sources: q ? [{ report: r.file, quote: q }] : []
		});
		drafts[`place:${id}`] = {
			draft: true,
			confidence: t.unlisted ? Math.min(confidence, 0.3) : confidence,
			report: r.file,
			start: Math.max(0, t.start),
			end: Math.max(0, t.end),
			...(t.unlisted ? (t.unlisted.anchor || t.unlisted.variantOf ? { approximate: true as const } : { unlocated: true as const }) : {})
		};
		return id;
	};

	// People across all reports first: a nationality named in one report serves the others.
	/** An organisation or a group of people, by name (one actor per name). */
	const groupActor = (name: string, type: 'organisation' | 'group'): string => {
		let id = slugify(name);
		const known = actors.get(id);
		if (known && known.name !== name) id = `${id}-${type}`;
		if (!actors.has(id)) actors.set(id, { id, name, type, memberOf: [] });
		return id;
	};

	// Reports in a fixed order (date, then file name), so the draft does not depend on the order given.
	const sorted = [...reports].sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
	const parsed = sorted.map((r) => {
		const language = languageOf(r.text);
		// Places need an ISO country in the schema: continents and the EU stay out.
		// A town the text locates from another ("20 km south of X") but resolved to a far namesake: re-placed.
		const topos = reanchorKnown(r.text, geoparse(r.text, gaz, { language }).filter((t) => !!t.country), gaz);
		const descriptors = findDescriptors(r.text, topos, gaz);
		options.onProgress?.('places', r);
		return { r, topos, descriptors, language };
	});
	const mentionsOf = parsed.map(({ r, topos }) => findPersonMentions(r.text, topos));
	const registry = mergePersons(mentionsOf.flat());
	const personIds = new Map<string, string>();
	const personIdSet = new Set<string>();
	const personActor = (p: Person): string => {
		const k = surnameKey(p.short);
		const known = personIds.get(k);
		if (known) return known;
		const full = registry.find((x) => surnameKey(x.short) === k) ?? p;
		let id = slugify(full.short);
		if (actors.has(id) && actors.get(id)!.type !== 'person') id = `${id}-person`;
		const memberOf = full.country ? [stateActor(full.country)].filter((x): x is string => !!x) : [];
		actors.set(id, { id, name: full.name, type: 'person', ...(full.country ? { country: full.country } : {}), memberOf });
		personIds.set(k, id);
		personIdSet.add(id);
		return id;
	};

	// Events are clustered per kind group: a new draft is compared only with drafts of its group.
	const byGroup = new Map<string, PendingEvent[]>();
	const events = new Map<string, PendingEvent>();
	for (const [pi, { r, topos, descriptors, language }] of parsed.entries()) {
		if (!topos.length) warnings.push(`${r.file}: no places found`);
		for (const t of topos) if (t.type === 'country' && t.form !== 'demonym') stateActor(t.country);
		// Names the gazetteer lacks that the text uses as places ("stationed at Ostra"): the people
		// of this report are never among them.
		const people = new Set(mentionsOf[pi]!.flatMap((p) => p.name.split(/\s+/)));
		const unlisted = findUnlistedPlaces(r.text, topos, gaz, { people });
		const located = unlisted.length ? [...topos, ...unlisted].sort((a, b) => a.start - b.start) : topos;
		const extracted = extractEvents(r.text, located, r.date, { gaz, persons: registry, descriptors, language, mentions: mentionsOf[pi] });
		for (const ev of extracted) {
			const built = buildEvent(ev, r, (t, c) => ensurePlace(t, r, c), personActor, stateActor, groupActor);
			if (!built) continue;
			const group = groupOf(built.kind);
			const list = byGroup.get(group) ?? [];
			byGroup.set(group, list);
			const dup = list.find((x) => sameEvent(x, built, places, personIdSet));
			if (dup) {
				if (dup.sources.length < 4 && !dup.sources.some((s) => s.quote === built.sources[0]!.quote)) dup.sources.push(built.sources[0]!);
				dup.actors = [...new Set([...dup.actors, ...built.actors])];
				if (dup.kind === built.kind) rulesFor(dup.kind)?.merge?.(dup as unknown as Record<string, unknown>, built as unknown as Record<string, unknown>);
				if (((!dup.date && !dup.start) || dup.dateText === REPORT_DAY) && (built.date || built.start) && built.dateText !== REPORT_DAY) {
					delete dup.date;
					delete dup.start;
					delete dup.end;
					Object.assign(dup, pickDate(built as EventIn));
				}
				if (dup.status !== built.status && built.status === 'happened') dup.status = built.status;
				const meta = drafts[`event:${dup.id}`];
				if (meta) meta.confidence = Math.min(0.95, Math.max(meta.confidence, ev.confidence) + 0.05);
				continue;
			}
			let id = built.id;
			for (let n = 2; events.has(id); n++) id = `${built.id}-${n}`;
			built.id = id;
			events.set(id, built);
			list.push(built);
			drafts[`event:${id}`] = { draft: true, confidence: ev.confidence, report: r.file, start: ev.sentence.start, end: ev.sentence.end };
		}
		options.onProgress?.('events', r);
	}
	// Kinds the story schema does not accept yet stay beside the story.
	const storyEvents: EventIn[] = [];
	const pending: PendingEvent[] = [];
	for (const e of events.values()) {
		if (SCHEMA_KINDS.has(e.kind)) storyEvents.push(e as EventIn);
		else pending.push(e);
	}
	// Places on the map are those events happen at (and the cities their venues lie in).
	const used = new Set<string>();
	for (const e of events.values()) for (const id of draftEventPlaceIds(e as unknown as Record<string, unknown>)) used.add(id);
	for (const id of [...used]) {
		const w = places.get(id)?.within;
		if (w) used.add(w);
	}
	for (const id of [...places.keys()]) {
		if (used.has(id)) continue;
		places.delete(id);
		delete drafts[`place:${id}`];
	}
	// Actors no event names (a country only mentioned) stay out, but a used person's state stays.
	const usedActors = new Set<string>();
	for (const e of events.values()) for (const id of e.actors) usedActors.add(id);
	for (const id of [...usedActors]) for (const m of actors.get(id)?.memberOf ?? []) usedActors.add(m);
	for (const id of [...actors.keys()]) if (!usedActors.has(id)) actors.delete(id);
	for (const a of actors.values()) drafts[`actor:${a.id}`] ??= { draft: true, confidence: 0.6, report: sorted[0]?.file ?? '', start: 0, end: 0 };

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
		reports: sorted.map((r) => r.file),
		places: placeList,
		actors: [...actors.values()],
		events: storyEvents,
		scenes: []
	};
	return { story, drafts, warnings, pending };
}

function pickDate(e: EventIn): Partial<EventIn> {
	return { ...(e.date ? { date: e.date } : {}), ...(e.start ? { start: e.start, end: e.end } : {}), ...(e.dateText ? { dateText: e.dateText } : {}) };
}

/** The places an event joins, as one key ("riyadh", "washington>moscow"). */
export function eventPlaceKey(e: PendingEvent): string {
	return draftEventPlaceIds(e as unknown as Record<string, unknown>).join('>');
}

function span(e: { date?: string; start?: string; end?: string }): [string, string] | null {
	if (e.date) return [e.date, e.date];
	if (e.start && e.end) return [e.start, e.end];
	return null;
}

/**
 * The same real event drafted twice (in one report or across reports): the same kind group,
 * the same status, a place in common (or a country and a place inside it), dates that agree
 * (the same day, one span inside the other, or one of them undated while the other is dated
 * from the same report's day), and — when both name people — a person in common.
 */
function sameEvent(x: PendingEvent, e: PendingEvent, places: Map<string, PlaceIn>, personIds: Set<string>): boolean {
	if (groupOf(x.kind) !== groupOf(e.kind)) return false;
	// Told as planned and as happened: the same event when the text dates both to the same day.
	const hardDay = (v: PendingEvent) => (v.date && v.dateText !== REPORT_DAY ? v.date : null);
	if (x.status !== e.status && !((hardDay(x) || hardDay(e)) && x.date && x.date === e.date)) return false;
	const px = draftEventPlaceIds(x as unknown as Record<string, unknown>);
	const pe = draftEventPlaceIds(e as unknown as Record<string, unknown>);
	const inside = (a: string, b: string): boolean => {
		if (a === b) return true;
		const pa = places.get(a);
		const pb = places.get(b);
		if (!pa || !pb) return false;
		if (pa.within === b || pb.within === a) return true;
		return (pa.type === 'country') !== (pb.type === 'country') && pa.country === pb.country;
	};
	const rules = rulesFor(x.kind);
	const fx = x as unknown as Record<string, unknown>;
	const fe = e as unknown as Record<string, unknown>;
	if (x.kind === e.kind && rules?.distinctBy?.some((f) => fx[f] && fe[f] && fx[f] !== fe[f])) return false;
	if (rules?.exactPlace && eventPlaceKey(x) !== eventPlaceKey(e)) return false;
	const flow = px.length > 1 || pe.length > 1;
	const key = (ids: string[]) => (rules?.undirected ? [...ids].sort() : ids).join('>');
	if (flow ? key(px) !== key(pe) : !px.some((a) => pe.some((b) => inside(a, b)))) return false;
	// Two dates taken from the report's day (no date word) agree whatever; otherwise a date from
	// the report's day is still that day.
	const soft = x.dateText === REPORT_DAY && e.dateText === REPORT_DAY;
	const a = soft ? null : span(x);
	const b = soft ? null : span(e);
	if (a && b && !((a[0] <= b[0] && b[1] <= a[1]) || (b[0] <= a[0] && a[1] <= b[1]))) return false;
	// A state lasting over a year ("troops there since 2017") is background, not the same event
	// as a dated act inside it (the inauguration of a new brigade).
	const days = (v: [string, string]) => (Date.parse(v[1]) - Date.parse(v[0])) / 86400000;
	if (a && b && (days(a) === 0 || days(b) === 0) && Math.max(days(a), days(b)) > 366) return false;
	// One person meeting two others at one place and day ("A met B", "A met C") is two meetings;
	// disjoint pairs (two delegations' members named in turn) are the same talks.
	const people = (ev: PendingEvent) => new Set(ev.actors.filter((id) => personIds.has(id)));
	const px2 = people(x);
	const pe2 = people(e);
	const shared = [...px2].filter((p) => pe2.has(p)).length;
	if (px2.size >= 2 && pe2.size >= 2 && shared > 0 && [...px2].some((p) => !pe2.has(p)) && [...pe2].some((p) => !px2.has(p))) return false;
	if ((!a || !b) && (a || b) && x.sources[0]?.report !== e.sources[0]?.report) return false;
	return true;
}

function buildFigure(f: FigureInfo, source: { report: string; quote: string }, personActor: (p: Person) => string, stateActor: (cc: string) => string | null, measure?: string) {
	const according = [...new Set([...f.according.persons.map(personActor), ...f.according.countries.map(stateActor).filter((x): x is string => !!x)])];
	return {
		text: f.text.slice(0, 200),
		...(f.value !== undefined ? { value: f.value } : {}),
		...(f.qualifier ? { qualifier: f.qualifier } : {}),
		...(f.unit ? { unit: f.unit.slice(0, 60) } : {}),
		...((measure ?? f.measure) ? { measure: (measure ?? f.measure)!.slice(0, 80) } : {}),
		according,
		sources: [source]
	};
}

/** The event in the story's shape: common fields here, the kind's own from its rules. */
function buildEvent(
	ev: ExtractedEvent,
	r: ReportInput,
	place: (t: Toponym, confidence: number) => string,
	personActor: (p: Person) => string,
	stateActor: (cc: string) => string | null,
	groupActor: (name: string, type: 'organisation' | 'group') => string
): PendingEvent | null {
	const rules = rulesFor(ev.kind);
	if (!rules) return null;
	const q = quote(r.text, ev.sentence.start, ev.sentence.end);
	const source = { report: r.file, quote: q };
	const people = [...new Set(ev.persons.map(personActor))];
	const states = ev.countries.map(stateActor).filter((x): x is string => !!x);
	const orgs = [...new Set([...(ev.orgs ?? []).map((n) => groupActor(n, 'organisation')), ...(ev.groups ?? []).map((n) => groupActor(n, 'group'))])];
	const actorIds = [...new Set([...people, ...states, ...orgs])];
	const conf = ev.inferred ? Math.min(0.5, ev.confidence) : ev.confidence;
	const built = rules.build(ev, {
		place: (t) => place(t, conf),
		personActor,
		stateActor,
		people,
		states,
		orgs,
		actorIds,
		figure: (f) => buildFigure(f, source, personActor, stateActor)
	});
	if (!built || !built.actors.length) return null;
	const date = {
		...(ev.date ? { date: ev.date } : {}),
		...(ev.start && ev.end ? { start: ev.start, end: ev.end } : {}),
		...(ev.dateText ? { dateText: ev.dateText.slice(0, 160) } : {})
	};
	const title = q.length > 150 ? `${q.slice(0, 147).trimEnd()}…` : q;
	const when = ev.date ?? ev.start ?? 'undated';
	return {
		id: slugify(`${ev.kind}-${built.idPart}-${when}`),
		title,
		summary: q.slice(0, 1200),
		status: ev.status,
		...date,
		actors: built.actors,
		sources: [source],
		...built.fields
	} as PendingEvent;
}
