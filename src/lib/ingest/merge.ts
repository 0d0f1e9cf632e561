/**
 * Matching drafted items to curated ones, merging a draft into a curated story without
 * overwriting anything an editor wrote, and the review printout (added / changed / unchanged).
 * The same matchers serve `eval:ingest`.
 */
import { applyEdits, modify } from 'jsonc-parser';
import type { StoryInput } from '../story/schema';
import { eventPlaces } from '../story/model';
import { haversineKm, nameKey } from './gazetteer';
import { formatOf } from '../kinds/formats';

type PlaceIn = StoryInput['places'][number];
type EventIn = StoryInput['events'][number];
type ActorIn = StoryInput['actors'][number];

export const PLACE_MATCH_KM = 25;

function baseName(s: string): string {
	return nameKey(s.replace(/\(.*?\)/g, '').replace(/,.*$/, ''));
}

export function placesMatch(a: PlaceIn, b: PlaceIn): boolean {
	if (a.id === b.id) return true;
	if (a.geonameid && b.geonameid && a.geonameid === b.geonameid) return true;
	const sameKind = (a.type === 'country') === (b.type === 'country');
	if (!sameKind) return false;
	if (baseName(a.name) === baseName(b.name) && a.country === b.country) return true;
	if (a.type === 'country') return a.country === b.country;
	return haversineKm(a.coordinates[1], a.coordinates[0], b.coordinates[1], b.coordinates[0]) < PLACE_MATCH_KM;
}

/** For each place id of `from`, the id of a matching place in `to` (or none). */
export function mapPlaces(from: PlaceIn[], to: PlaceIn[]): Map<string, string> {
	const out = new Map<string, string>();
	for (const a of from) {
		const b = to.find((x) => x.id === a.id && placesMatch(a, x)) ?? to.find((x) => placesMatch(a, x));
		if (b) out.set(a.id, b.id);
	}
	return out;
}

function span(e: EventIn): [string, string] | null {
	if (e.date) return [e.date, e.date];
	if (e.start && e.end) return [e.start, e.end];
	return null;
}

function dayShift(d: string, n: number): string {
	return new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
}

/** Dates agree when either is missing or their spans overlap (a day's slack either side). */
export function datesAgree(a: EventIn, b: EventIn): boolean {
	const x = span(a);
	const y = span(b);
	if (!x || !y) return true;
	return dayShift(x[0], -1) <= y[1] && dayShift(y[0], -1) <= x[1];
}

/** Same kind, a shared (mapped) place, and compatible dates. */
export function eventsMatch(draft: EventIn, curated: EventIn, placeMap: Map<string, string>): boolean {
	if (draft.kind !== curated.kind) return false;
	const dp = eventPlaces(draft).map((p) => placeMap.get(p) ?? `draft:${p}`);
	const cp = new Set(eventPlaces(curated));
	if (!dp.some((p) => cp.has(p))) return false;
	return datesAgree(draft, curated);
}

export interface Review {
	added: string[];
	changed: string[];
	unchanged: string[];
}

export interface MergeResult {
	story: StoryInput;
	review: { places: Review; actors: Review; events: Review };
	/** Draft ids renamed to the curated ids they matched, or to avoid clashes. */
	renamed: Map<string, string>;
}

function diffFields(a: Record<string, unknown>, b: Record<string, unknown>, fields: string[]): string[] {
	return fields.filter((f) => a[f] !== undefined && JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}

/**
 * Merge a draft into a curated story: curated items are kept as they are; drafted items that
 * match none are added (with references renamed to curated ids where places or actors matched);
 * matched items whose drafted fields differ are reported as "changed" (a proposal, not applied).
 */
export function mergeStories(curated: StoryInput, draft: StoryInput): MergeResult {
	const placeMap = mapPlaces(draft.places, curated.places);
	const renamed = new Map<string, string>();
	const review = {
		places: { added: [], changed: [], unchanged: [] } as Review,
		actors: { added: [], changed: [], unchanged: [] } as Review,
		events: { added: [], changed: [], unchanged: [] } as Review
	};
	const places = [...curated.places];
	const usedPlaceIds = new Set(places.map((p) => p.id));
	for (const p of draft.places) {
		const match = placeMap.get(p.id);
		if (match) {
			const cur = curated.places.find((x) => x.id === match)!;
			const d = diffFields(p as Record<string, unknown>, cur as Record<string, unknown>, ['geonameid', 'country']);
			const far = haversineKm(p.coordinates[1], p.coordinates[0], cur.coordinates[1], cur.coordinates[0]);
			if (far > 5 && p.type !== 'country') d.push(`coordinates (${far.toFixed(0)} km apart)`);
			(d.length ? review.places.changed : review.places.unchanged).push(d.length ? `${match}: ${d.join(', ')}` : match);
			continue;
		}
		let id = p.id;
		for (let n = 2; usedPlaceIds.has(id); n++) id = `${p.id}-${n}`;
		usedPlaceIds.add(id);
		placeMap.set(p.id, id);
		if (id !== p.id) renamed.set(`place:${p.id}`, `place:${id}`);
		places.push({ ...p, id });
		review.places.added.push(id);
	}

	const actorMap = new Map<string, string>();
	const actors = [...curated.actors];
	const usedActorIds = new Set(actors.map((a) => a.id));
	for (const a of draft.actors) {
		const match =
			curated.actors.find((x) => x.id === a.id) ??
			curated.actors.find((x) => nameKey(x.name) === nameKey(a.name)) ??
			curated.actors.find((x) => x.type === 'person' && a.type === 'person' && nameKey(x.name).split(' ').pop() === nameKey(a.name).split(' ').pop());
		if (match) {
			actorMap.set(a.id, match.id);
			review.actors.unchanged.push(match.id);
			continue;
		}
		let id = a.id;
		for (let n = 2; usedActorIds.has(id); n++) id = `${a.id}-${n}`;
		usedActorIds.add(id);
		actorMap.set(a.id, id);
		if (id !== a.id) renamed.set(`actor:${a.id}`, `actor:${id}`);
		actors.push({ ...a, id, memberOf: [] } as ActorIn);
		review.actors.added.push(id);
	}
	// memberOf of added actors, renamed.
	for (const a of draft.actors) {
		const id = actorMap.get(a.id)!;
		const added = actors.find((x) => x.id === id && review.actors.added.includes(id));
		if (added) added.memberOf = (a.memberOf ?? []).map((m) => actorMap.get(m) ?? m);
	}

	const events = [...curated.events];
	const usedEventIds = new Set(events.map((e) => e.id));
	const rp = (id: string) => placeMap.get(id) ?? id;
	const ra = (id: string) => actorMap.get(id) ?? id;
	for (const e of draft.events) {
		const match = curated.events.find((c) => eventsMatch(e, c, placeMap));
		if (match) {
			const d = diffFields(e as Record<string, unknown>, match as Record<string, unknown>, ['date', 'status']);
			(d.length ? review.events.changed : review.events.unchanged).push(d.length ? `${match.id}: ${d.map((f) => `${f} ${JSON.stringify((match as Record<string, unknown>)[f])} → ${JSON.stringify((e as Record<string, unknown>)[f])}`).join(', ')}` : match.id);
			continue;
		}
		let id = e.id;
		for (let n = 2; usedEventIds.has(id); n++) id = `${e.id}-${n}`;
		usedEventIds.add(id);
		if (id !== e.id) renamed.set(`event:${e.id}`, `event:${id}`);
		const out = renameRefs({ ...e, id, actors: e.actors.map(ra) }, rp, ra);
		events.push(out);
		review.events.added.push(id);
	}
	const reports = [...new Set([...curated.reports, ...draft.reports])];
	return { story: { ...curated, reports, places, actors, events }, review, renamed };
}

/**
 * The proposal as text: the curated file exactly as the editor left it, with the added items (and
 * newly cited reports) appended to its arrays in the file's own indentation. Untouched items stay
 * byte-identical, so `diff curated proposal` shows only what the draft adds.
 */
export function proposalText(curatedText: string, merge: MergeResult, curated: StoryInput): string {
	const indent = /^([ \t]+)\S/m.exec(curatedText)?.[1] ?? '\t';
	const eol = curatedText.includes('\r\n') ? '\r\n' : '\n';
	const formattingOptions = { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length, eol };
	let text = curatedText;
	const append = (key: string, values: unknown[]) => {
		for (const v of values) {
			const edits = modify(text, [key, -1], v, { formattingOptions, isArrayInsertion: true });
			// Coordinates on one line, as stories write them.
			for (const e of edits) e.content = e.content.replace(/\[\s*(-?[\d.e+-]+(?:,\s*-?[\d.e+-]+)*)\s*\]/g, (_, xs: string) => `[${xs.split(/,\s*/).join(', ')}]`);
			text = applyEdits(text, edits);
		}
	};
	const added = (key: 'places' | 'actors' | 'events') => {
		const ids = new Set(merge.review[key].added);
		return (merge.story[key] as Array<{ id: string }>).filter((x) => ids.has(x.id));
	};
	const known = new Set(curated.reports);
	append('reports', merge.story.reports.filter((r) => !known.has(r)));
	append('places', added('places'));
	append('actors', added('actors'));
	append('events', added('events'));
	return text;
}

export function formatReview(r: MergeResult['review'], drafts: Record<string, { confidence: number }> = {}): string {
	const lines: string[] = [];
	for (const [section, rev] of Object.entries(r) as Array<[string, Review]>) {
		const singular = section.slice(0, -1);
		lines.push(`${section}: ${rev.added.length} added, ${rev.changed.length} changed (proposed, not applied), ${rev.unchanged.length} unchanged`);
		for (const id of rev.added) {
			const c = drafts[`${singular}:${id}`]?.confidence;
			lines.push(`  + ${id}${c !== undefined ? `  (draft, confidence ${c.toFixed(2)})` : '  (draft)'}`);
		}
		for (const c of rev.changed) lines.push(`  ~ ${c}`);
		if (rev.unchanged.length) lines.push(`  = ${[...new Set(rev.unchanged)].join(', ')}`);
	}
	return lines.join('\n');
}

type ActorList = StoryInput['actors'];

/**
 * For each drafted actor id, the curated actor it stands for: same id, same name, same surname
 * (people), or the same country (states).
 */
export function mapActors(from: ActorList, to: ActorList): Map<string, string> {
	const out = new Map<string, string>();
	const last = (s: string) => (nameKey(s).split(' ').pop() ?? '').replace(/yy$/, 'y');
	for (const a of from) {
		const b =
			to.find((x) => x.id === a.id && x.type === a.type) ??
			to.find((x) => nameKey(x.name) === nameKey(a.name)) ??
			(a.type === 'person' ? to.find((x) => x.type === 'person' && last(x.name) === last(a.name)) : undefined) ??
			(a.type === 'state' ? to.find((x) => x.type === 'state' && x.country === a.country) : undefined);
		if (b) out.set(a.id, b.id);
	}
	return out;
}

export interface EvalContext {
	placeMap: Map<string, string>;
	actorMap: Map<string, string>;
	draft: StoryInput;
	curated: StoryInput;
}

/**
 * Evaluation matching (eval:ingest), looser on places than `eventsMatch` and stricter on actors:
 * same kind; compatible dates; a place in common, where a drafted place also agrees with a curated
 * one that lies inside it or contains it (a country and a city of that country; a seat and the city
 * it is `within`); and an actor in common, where a state also agrees with one of its people
 * ("US officials met" against Rubio's meeting).
 */
export function eventsCorrespond(d: EventIn, c: EventIn, ctx: EvalContext): boolean {
	if (d.kind !== c.kind || !datesAgree(d, c)) return false;
	const cPlaces = eventPlaces(c).map((id) => ctx.curated.places.find((p) => p.id === id)).filter((p): p is PlaceIn => !!p);
	const placeOk = eventPlaces(d).some((id) => {
		const mapped = ctx.placeMap.get(id);
		const dp = ctx.draft.places.find((p) => p.id === id);
		return cPlaces.some((cp) => {
			if (mapped === cp.id) return true;
			if (!dp) return false;
			if (mapped && (cp.within === mapped || ctx.curated.places.find((x) => x.id === mapped)?.within === cp.id)) return true;
			return (dp.type === 'country' || cp.type === 'country') && dp.country === cp.country;
		});
	});
	if (!placeOk) return false;
	const cActors = new Set(c.actors);
	const cStates = new Set(c.actors.map((id) => ctx.curated.actors.find((a) => a.id === id)).flatMap((a) => (a ? [a.country, ...(a.type === 'state' ? [] : [])] : [])).filter(Boolean));
	return d.actors.some((id) => {
		const m = ctx.actorMap.get(id);
		if (m && cActors.has(m)) return true;
		const da = ctx.draft.actors.find((a) => a.id === id);
		if (!da?.country) return false;
		// A state against the people of that state, and a person against their state.
		if (da.type === 'state') return cStates.has(da.country);
		return c.actors.some((cid) => {
			const ca = ctx.curated.actors.find((a) => a.id === cid);
			return ca?.type === 'state' && ca.country === da.country;
		});
	});
}

/**
 * One-to-one assignment of drafted to curated events for evaluation: every corresponding pair is
 * scored (same mapped place 2, containment 1; same day or span 1; more shared actors better) and
 * pairs are taken best first, each event at most once. A second draft of an already matched event
 * therefore counts as a false positive, and one vague draft cannot claim several curated events.
 */
export function assignEvents(ctx: EvalContext): Map<string, string> {
	const pairs: Array<{ d: string; c: string; s: number }> = [];
	for (const d of ctx.draft.events) {
		for (const c of ctx.curated.events) {
			if (!eventsCorrespond(d, c, ctx)) continue;
			let s = 0;
			const cp = new Set(eventPlaces(c));
			if (eventPlaces(d).some((p) => cp.has(ctx.placeMap.get(p) ?? ''))) s += 2;
			else s += 1;
			const ds = d.date ?? d.start;
			const cs = c.date ?? c.start;
			if (ds && cs && ds === cs) s += 1;
			else if (!ds || !cs) s -= 0.5;
			const ca = new Set(c.actors);
			s += 0.1 * d.actors.filter((a) => ca.has(ctx.actorMap.get(a) ?? '')).length;
			pairs.push({ d: d.id, c: c.id, s });
		}
	}
	pairs.sort((a, b) => b.s - a.s);
	const out = new Map<string, string>();
	const taken = new Set<string>();
	for (const p of pairs) {
		if (out.has(p.d) || taken.has(p.c)) continue;
		out.set(p.d, p.c);
		taken.add(p.c);
	}
	return out;
}

/**
 * An added event with its place and actor ids renamed to the curated story's. Where each kind
 * names places and actors is its format's business (`refs`), so this reads them from there and
 * names no kind.
 */
function renameRefs(e: EventIn, rp: (id: string) => string, ra: (id: string) => string): EventIn {
	const out = structuredClone(e) as EventIn & Record<PropertyKey, unknown>;
	if (Array.isArray(out.commentators)) out.commentators = out.commentators.map(ra);
	const format = formatOf(out);
	const parsed = format.schema.safeParse(out);
	if (!parsed.success) return out;
	const refs = format.refs(parsed.data);
	const at = (path: PropertyKey[]) => {
		let o: Record<PropertyKey, unknown> | undefined = out;
		for (const k of path.slice(0, -1)) o = o?.[k] as Record<PropertyKey, unknown> | undefined;
		return { o, k: path[path.length - 1] as PropertyKey };
	};
	for (const r of refs.places) {
		const { o, k } = at(r.path);
		if (o && typeof o[k] === 'string') o[k] = rp(o[k] as string);
	}
	for (const r of refs.actors) {
		const { o, k } = at(r.path);
		if (!o) continue;
		const v = o[k];
		if (Array.isArray(v)) o[k] = v.map((x) => (typeof x === 'string' ? ra(x) : x));
		else if (typeof v === 'string') o[k] = ra(v);
	}
	for (const f of refs.figures) {
		const { o, k } = at([...f.path, 'according']);
		if (o && Array.isArray(o[k])) o[k] = (o[k] as string[]).map(ra);
	}
	return out;
}
