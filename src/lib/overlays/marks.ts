/**
 * From a story to the marks the overlay draws, in geographic coordinates. Built once per
 * story: everything here is static geometry (great-circle routes, slots around a place), so
 * the per-frame work is only projecting points and writing the SVG. Each kind says where its
 * event sits (`mark.shape` in src/lib/kinds/<kind>.ts); this turns that into lon/lat shapes.
 */
import type { LonLat } from '$lib/geo/mercator';
import { geodesic } from '$lib/geo/greatcircle';
import { eventSources, type StoryIndex } from '$lib/story/model';
import type { Place, StoryEvent } from '$lib/story/schema';
import { kindOf } from '$lib/kinds';
import type { KindMark } from '$lib/kinds/kind';
import { mark_describe, mark_describe_status, mark_from_to, mark_in, mark_sources } from '$lib/paraglide/messages';
import { formatFigure } from '$lib/i18n/format';
import { kindInline, statusInline } from '$lib/i18n/labels';
import { pageLocale } from '$lib/i18n/page';

export type { KindMark };
export { slotOffset } from '$lib/kinds/shared';

export interface PlaceMark {
	id: string;
	name: string;
	at: LonLat;
	/** How many events touch the place: bigger places win label collisions. */
	weight: number;
	place: Place;
}

/** An event's mark, with its event typed. */
export type EventMark = KindMark & { event: StoryEvent };

export interface Marks {
	places: PlaceMark[];
	/** Every event's mark, in drawing order: by layer (lines under symbols), then by the kind's order. */
	events: EventMark[];
}

export function buildMarks(index: StoryIndex): Marks {
	const at = (id: string): LonLat => {
		const p = index.places.get(id);
		if (!p) throw new Error(`unknown place ${id}`);
		return p.coordinates;
	};

	const places: PlaceMark[] = index.story.places.map((p) => ({
		id: p.id,
		name: p.name,
		at: p.coordinates,
		weight: index.eventsByPlace.get(p.id)?.length ?? 0,
		place: p
	}));

	const slots = new Map<string, number>();
	const takeSlot = (key: string) => {
		const n = slots.get(key) ?? 0;
		slots.set(key, n + 1);
		return n;
	};
	const pairCount = new Map<string, number>();
	const nextBend = (a: string, b: string) => {
		// Lines between the same two places fan out: 0.12, 0.22, 0.32… of the chord, each to
		// its own left, so A→B and B→A never overlap.
		const key = `${a}>${b}`;
		const n = pairCount.get(key) ?? 0;
		pairCount.set(key, n + 1);
		return 0.12 + 0.1 * n;
	};

	const events: Array<EventMark & { order: number; slotKey: string | null; seq: number }> = [];
	for (const [seq, e] of index.story.events.entries()) {
		const kind = kindOf(e);
		const shape = kind.mark.shape(e);
		const place = shape.at ?? shape.arrival;
		// Symbols share slots with their kind's group at a place; arrival stubs with all arrivals.
		const slotKey = shape.at !== undefined ? `${kind.mark.slotGroup ?? kind.kind}@${shape.at}` : shape.arrival !== undefined ? `arrival@${shape.arrival}` : null;
		events.push({
			id: e.id,
			kind: e.kind,
			event: e,
			layer: kind.mark.layer,
			route: shape.line ? geodesic(at(shape.line[0]), at(shape.line[1])) : null,
			bend: shape.line ? nextBend(shape.line[0], shape.line[1]) : 0,
			at: place !== undefined ? at(place) : null,
			place,
			stub: shape.line === undefined && shape.arrival !== undefined,
			size: shape.size ?? 0,
			label: countLabel(e, index.story.language) ?? shape.label ?? '',
			slot: slotKey ? takeSlot(slotKey) : 0,
			of: 1,
			order: shape.order ?? 0,
			slotKey,
			seq
		});
	}
	for (const m of events) if (m.slotKey) m.of = slots.get(m.slotKey) ?? 1;
	// Lines under symbols; within a layer, the kind's order (big meetings under small ones, so
	// the small stay clickable), then the story's.
	events.sort((a, b) => a.layer - b.layer || a.order - b.order || a.seq - b.seq);
	return { places, events: events.map(({ order: _o, slotKey: _k, seq: _s, ...m }) => m) };
}

/** Signs for a figure's qualifier: short enough for a map label, and the same in every language. */
const QUALIFIER_SIGN: Record<string, string> = { about: '≈\u202f', 'more-than': '>\u202f', 'fewer-than': '<\u202f', 'up-to': '≤\u202f' };

/**
 * The figure a kind's mark shows (see Kind.labelFigure) on a page in another language than the
 * story's: its number through Intl and its qualifier as a sign ("> 12 000"), where the label
 * would otherwise be the report's own words. The panel's figure line says it in words
 * ($lib/story/format). Words here would cost 1.6 kB of the embed's budget: each message this
 * module imports is shared with the lazy panels, and the bundler splits chunks around them.
 */
function countLabel(e: StoryEvent, storyLanguage: string): string | undefined {
	return pageLocale() === storyLanguage ? undefined : countShort(e);
}

/**
 * A figure's short form, signs and digits ("> 12,000" for "more than 12,000"): the label on a
 * page in another language than the story's, and, in the story's, the short form a crowded map
 * falls back to where the report's words find no room (overlays/labels.ts).
 */
export function countShort(e: StoryEvent): string | undefined {
	const f = kindOf(e).labelFigure?.(e);
	if (!f || f.value === undefined || f.qualifier === 'range') return undefined;
	return `${QUALIFIER_SIGN[f.qualifier ?? ''] ?? ''}${formatFigure(f.value, pageLocale())}`;
}

/**
 * Each story's sentences, by page language and event: said once per event, not once per
 * drawing of its mark. The overlay's marks read their name on hydration and again whenever
 * their state changes (a timeline step fades dozens), and each sentence formats a plural and
 * a figure through Intl: about a tenth of the story page's hydration at a phone's speed.
 */
const described = new WeakMap<StoryIndex, Map<string, string>>();

/** A sentence a screen reader can say for a mark. */
export function describeEvent(e: StoryEvent, index: StoryIndex): string {
	let byEvent = described.get(index);
	if (!byEvent) described.set(index, (byEvent = new Map()));
	// The page's language is part of the key: a server renders every language in one process.
	const key = `${pageLocale()}\u0000${e.id}`;
	let said = byEvent.get(key);
	if (said === undefined) byEvent.set(key, (said = sayEvent(e, index)));
	return said;
}

function sayEvent(e: StoryEvent, index: StoryIndex): string {
	const names = kindOf(e).places(e).map((id: string) => index.places.get(id)?.name ?? id);
	const where = names.length === 2 ? mark_from_to({ from: names[0]!, to: names[1]! }) : mark_in({ place: names[0] ?? '' });
	const sources = mark_sources({ count: eventSources(e).length });
	const count = countLabel(e, index.story.language);
	const title = `${count !== undefined ? `${count}: ` : (kindOf(e).spoken?.(e) ?? '')}${e.title}`;
	const kind = kindInline(e.kind);
	return e.status === 'happened' ? mark_describe({ title, kind, where, sources }) : mark_describe_status({ title, kind, where, status: statusInline(e.status), sources });
}
