/**
 * A story being edited in the studio: the story as it stands (drafted items included, valid or
 * not yet), the review state of each drafted item, and the revision the server holds. Pure
 * functions, used by the server (save, redraft) and the browser (panes, validation as you type).
 *
 * Items without a review entry are the editor's own (curated, or accepted and saved): a redraft
 * never changes them; it proposes additions, as `npm run ingest -- --merge` does.
 */
import type { StoryInput } from '$lib/story/schema';
import { eventPlaces } from '$lib/story/model';
import type { EventInput } from '$lib/story/schema';

export type ReviewStatus = 'proposed' | 'accepted' | 'rejected';

export interface ItemReview {
	status: ReviewStatus;
	/** Where the ingest found it: report file and character offsets of the sentence. */
	report?: string;
	start?: number;
	end?: number;
	confidence?: number;
}

export interface Work {
	version: 1;
	slug: string;
	/** Bumped by the server on every write; a write from an older revision is a conflict. */
	rev: number;
	savedAt: string;
	/** sha256 of geo/stories/<slug>.json as last read or written by the studio; null before the first save. */
	fileHash: string | null;
	story: StoryInput;
	/** "event:<id>", "place:<id>", "actor:<id>" → review state of drafted items. */
	items: Record<string, ItemReview>;
	/** What the last redraft would change in items the editor already has (proposed, not applied). */
	proposals: string[];
}

export type ItemKind = 'event' | 'place' | 'actor';
export const itemKey = (kind: ItemKind, id: string) => `${kind}:${id}`;

/** Whether an item goes into the saved story: the editor's own, or a draft they accepted. */
export function isKept(work: Pick<Work, 'items'>, kind: ItemKind, id: string): boolean {
	const r = work.items[itemKey(kind, id)];
	return !r || r.status === 'accepted';
}

type AnyEvent = StoryInput['events'][number] & Record<string, unknown>;

/** Every actor id an event names, in any field (participants, who, by, host, figures' `according`…). */
export function eventActorRefs(e: Record<string, unknown>, actorIds: ReadonlySet<string>): string[] {
	const out = new Set<string>();
	const visit = (v: unknown) => {
		if (typeof v === 'string') {
			if (actorIds.has(v)) out.add(v);
		} else if (Array.isArray(v)) v.forEach(visit);
		else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => k !== 'sources' && k !== 'id' && visit(x));
	};
	for (const [k, v] of Object.entries(e)) if (k !== 'id' && k !== 'title' && k !== 'summary' && k !== 'sources') visit(v);
	return [...out];
}

/** Every place id an event names (its place, or the ends of its flow). */
export function eventPlaceRefs(e: Record<string, unknown>, placeIds: ReadonlySet<string>): string[] {
	const out = new Set<string>();
	try {
		for (const p of eventPlaces(e as unknown as EventInput)) if (p) out.add(p);
	} catch {
		/* a kind eventPlaces does not know: fall back to the fields below */
	}
	for (const [k, v] of Object.entries(e)) {
		if (k === 'id' || k === 'sources') continue;
		if (typeof v === 'string' && placeIds.has(v)) out.add(v);
		if (Array.isArray(v)) for (const x of v) if (typeof x === 'string' && placeIds.has(x)) out.add(x);
	}
	return [...out];
}

/**
 * The story to save: the editor's own items and accepted drafts; places and actors that a kept
 * event (or scene, or kept place) refers to come along, proposed or not, since the event
 * cannot stand without them. Rejected and unreviewed items stay in the work file only.
 */
export function composeStory(work: Pick<Work, 'story' | 'items'>, include: 'kept' | 'all-but-rejected' = 'kept'): StoryInput {
	const s = work.story;
	const keep = (kind: ItemKind, id: string) => {
		const r = work.items[itemKey(kind, id)];
		return include === 'kept' ? !r || r.status === 'accepted' : r?.status !== 'rejected';
	};
	const events = s.events.filter((e) => keep('event', e.id));
	const placeIds = new Set(s.places.map((p) => p.id));
	const actorIds = new Set(s.actors.map((a) => a.id));
	const needPlaces = new Set(s.places.filter((p) => keep('place', p.id)).map((p) => p.id));
	const needActors = new Set(s.actors.filter((a) => !work.items[itemKey('actor', a.id)]).map((a) => a.id));
	for (const e of events) {
		eventPlaceRefs(e as AnyEvent, placeIds).forEach((p) => needPlaces.add(p));
		eventActorRefs(e as AnyEvent, actorIds).forEach((a) => needActors.add(a));
	}
	for (const sc of s.scenes ?? []) for (const p of sc.camera?.fit ?? []) if (placeIds.has(p)) needPlaces.add(p);
	// A place inside another brings the other; a person brings their state.
	for (let changed = true; changed; ) {
		changed = false;
		for (const p of s.places) {
			if (needPlaces.has(p.id) && p.within && placeIds.has(p.within) && !needPlaces.has(p.within)) {
				needPlaces.add(p.within);
				changed = true;
			}
		}
		for (const a of s.actors) {
			if (!needActors.has(a.id)) continue;
			for (const m of a.memberOf ?? []) {
				if (actorIds.has(m) && !needActors.has(m)) {
					needActors.add(m);
					changed = true;
				}
			}
		}
	}
	return {
		...s,
		places: s.places.filter((p) => needPlaces.has(p.id)),
		actors: s.actors.filter((a) => needActors.has(a.id)),
		events
	};
}

/** A fresh work for a story file (everything in it is the editor's own). */
export function workFromStory(story: StoryInput, fileHash: string | null): Work {
	return { version: 1, slug: story.slug, rev: 1, savedAt: new Date().toISOString(), fileHash, story, items: {}, proposals: [] };
}

/** An empty story: the studio's "New story". It does not validate until it has places and events. */
export function emptyStory(slug: string, title: string, today: string): StoryInput {
	return {
		$schema: '../schema/story.v1.schema.json',
		version: 1,
		slug,
		title,
		language: 'en',
		updated: today,
		camera: { center: [10, 45], zoom: 3 },
		reports: [],
		places: [],
		actors: [],
		events: [],
		scenes: []
	};
}

/** "count.sources[0].quote" → ["count", "sources", 0, "quote"]. */
export function parsePath(path: string): Array<string | number> {
	const out: Array<string | number> = [];
	for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
	return out;
}

/** Sets (or, with undefined, deletes) the value at `path` inside `obj`, creating objects on the way. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
	const keys = parsePath(path);
	let at: Record<string | number, unknown> = obj;
	for (const k of keys.slice(0, -1)) {
		if (at[k] === undefined || at[k] === null || typeof at[k] !== 'object') at[k] = {};
		at = at[k] as Record<string | number, unknown>;
	}
	const last = keys.at(-1)!;
	if (value === undefined && !Array.isArray(at)) delete at[last];
	else at[last] = value;
}

export function getPath(obj: unknown, path: string): unknown {
	let at = obj as Record<string | number, unknown> | undefined;
	for (const k of parsePath(path)) at = at?.[k] as Record<string | number, unknown> | undefined;
	return at;
}

/** An id from a name: "Vatican City" → "vatican-city" (the ingest's rule, kept here for the browser). */
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

/**
 * Renames an item and every reference to it (events' places and actors, places' `within`,
 * actors' `memberOf`, scenes' highlights and fitted places), with its review state. Ids are
 * checked: unique across places, actors and events, as validation requires.
 */
export function renameItem(w: Pick<Work, 'story' | 'items'>, kind: ItemKind, from: string, to: string): string | null {
	if (!/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(to) || to.length > 80) return 'An id is lower-case letters and digits joined by "-" or "_".';
	const s = w.story;
	const taken = new Set([...s.places.map((p) => p.id), ...s.actors.map((a) => a.id), ...s.events.map((e) => e.id)]);
	if (taken.has(to)) return `"${to}" is already the id of a place, actor or event.`;
	const swap = (v: unknown): unknown => {
		if (v === from) return to;
		if (Array.isArray(v)) return v.map(swap);
		if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'sources' || k === 'title' || k === 'summary' || k === 'name' ? x : swap(x)]));
		return v;
	};
	const list = (kind === 'event' ? s.events : kind === 'place' ? s.places : s.actors) as Array<{ id: string }>;
	const item = list.find((x) => x.id === from);
	if (!item) return `No ${kind} "${from}".`;
	item.id = to;
	if (kind !== 'event') s.events = s.events.map((e) => swap(e) as typeof e);
	if (kind === 'place') s.places = s.places.map((p) => (p.within === from ? { ...p, within: to } : p));
	if (kind === 'actor') s.actors = s.actors.map((a) => ({ ...a, memberOf: (a.memberOf ?? []).map((m) => (m === from ? to : m)) }));
	s.scenes = (s.scenes ?? []).map((sc) => ({
		...sc,
		highlight: kind === 'event' ? (sc.highlight ?? []).map((h) => (h === from ? to : h)) : sc.highlight,
		camera: kind === 'place' && sc.camera.fit ? { ...sc.camera, fit: sc.camera.fit.map((f) => (f === from ? to : f)) } : sc.camera
	}));
	const r = w.items[itemKey(kind, from)];
	if (r) {
		w.items[itemKey(kind, to)] = r;
		delete w.items[itemKey(kind, from)];
	}
	return null;
}
