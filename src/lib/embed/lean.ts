/**
 * The story as the embed page ships it: its hydration data is the largest part of the
 * embed's HTML, so what the embed does not draw stays out of it.
 *
 * - Never read by the embed: scenes (only counted, for the link to the presentation),
 *   actors' roles (the search box the embed does not have), GeoNames ids (editing tools).
 * - Read only once a reader selects something: event summaries and date wordings, place
 *   notes and the quotes of every source. Each selection fetches what its panel reads, and
 *   no more (`selectionDetails`, served as details/<event|place>-<id>.json beside the
 *   embed, merged in by `withDetails`): one event's quotes are a kilobyte, the whole
 *   story's twelve, and the embed's transfer is budgeted (maplibre-gl's own + 80 kB). In the
 *   page each quote is replaced by a short token, its index in the story's table of quotes,
 *   so that everything which counts or tells sources apart (source counts in the marks'
 *   accessible names, the list) works the same before.
 */
import type { ReportMeta, Story } from '$lib/story/schema';
import { eventSources } from '$lib/story/model';
import type { Selection } from '$lib/state/url';

/** What the embed page is rendered from, and what its client hydrates with (data.json). */
export interface EmbedData {
	story: Story;
	reports: ReportMeta[];
	presentable: boolean;
}

/** Details by id; any subset of the story's (a selection's), so that several merge. */
export interface EmbedDetails {
	/** Quotes by token. */
	quotes: Record<string, string>;
	summaries: Record<string, string>;
	dateTexts: Record<string, string>;
	notes: Record<string, string>;
}

export function embedStory(story: Story): { story: Story; presentable: boolean } {
	const tokens = new Map(quoteTable(story).map((q, i) => [q, i.toString(36)]));
	const lean = rewriteQuotes({ events: story.events, places: story.places }, (q) => tokens.get(q) ?? q);
	return {
		story: {
			...story,
			// Notes for readers are the story page's: the embed's footer has a byline and a source line.
			notes: undefined,
			scenes: [],
			actors: story.actors.map(({ role: _, ...actor }) => actor),
			places: lean.places.map(({ geonameid: _, note: __, ...place }) => place),
			events: lean.events.map(({ dateText: _, ...e }) => ({ ...e, summary: '' }))
		},
		presentable: story.scenes.length > 0
	};
}

/** Every detail of the story. */
export function embedDetails(story: Story): EmbedDetails {
	return {
		quotes: Object.fromEntries(quoteTable(story).map((q, i) => [i.toString(36), q])),
		summaries: Object.fromEntries(story.events.map((e) => [e.id, e.summary])),
		dateTexts: Object.fromEntries(story.events.flatMap((e) => (e.dateText ? [[e.id, e.dateText]] : []))),
		notes: Object.fromEntries(story.places.flatMap((p) => (p.note ? [[p.id, p.note]] : [])))
	};
}

/** The name of the file holding what a selection's panel reads (under embed/details/). */
export function detailsKey(sel: Selection): string {
	return `${sel.type}-${sel.id}`;
}

/** What the panel of one selection reads: an event's summary, date wording and quotes; a place's note and quotes. Null for an unknown id. */
export function selectionDetails(story: Story, key: string): EmbedDetails | null {
	const all = embedDetails(story);
	const token = new Map(Object.entries(all.quotes).map(([t, q]) => [q, t]));
	const pick = (quotes: string[]) => Object.fromEntries(quotes.map((q) => [token.get(q)!, q]));
	const only = <T>(record: Record<string, T>, id: string) => (id in record ? { [id]: record[id]! } : {});
	const event = key.startsWith('event-') ? story.events.find((e) => e.id === key.slice(6)) : undefined;
	if (event)
		return { quotes: pick(eventSources(event).map((s) => s.quote)), summaries: only(all.summaries, event.id), dateTexts: only(all.dateTexts, event.id), notes: {} };
	const place = key.startsWith('place-') ? story.places.find((p) => p.id === key.slice(6)) : undefined;
	if (place) return { quotes: pick(place.sources.map((s) => s.quote)), summaries: {}, dateTexts: {}, notes: only(all.notes, place.id) };
	return null;
}

/** Two sets of details as one. */
export function mergeDetails(a: EmbedDetails, b: EmbedDetails): EmbedDetails {
	return {
		quotes: { ...a.quotes, ...b.quotes },
		summaries: { ...a.summaries, ...b.summaries },
		dateTexts: { ...a.dateTexts, ...b.dateTexts },
		notes: { ...a.notes, ...b.notes }
	};
}

/**
 * The embed's story with the details it has back in: with all of them, the story as the full
 * page has it, but for what `embedStory` drops for good; with a selection's, that selection's.
 */
export function withDetails(lean: Story, details: EmbedDetails): Story {
	const full = rewriteQuotes({ events: lean.events, places: lean.places }, (t) => details.quotes[t] ?? t);
	return {
		...lean,
		events: full.events.map((e) => {
			const dateText = details.dateTexts[e.id];
			return { ...e, summary: details.summaries[e.id] ?? e.summary, ...(dateText ? { dateText } : {}) };
		}),
		places: full.places.map((p) => (details.notes[p.id] ? { ...p, note: details.notes[p.id] } : p))
	};
}

/** Every distinct quote of the story's events and places, in a fixed order. */
function quoteTable(story: Story): string[] {
	const quotes = new Set<string>();
	rewriteQuotes({ events: story.events, places: story.places }, (q) => (quotes.add(q), q));
	return [...quotes];
}

/**
 * A copy of `value` with `f` applied to the quote of every source in it: sources sit at
 * several depths (an event's, its stated figures', a place's), and they are the only objects
 * of a story with both a report and a quote.
 */
function rewriteQuotes<T>(value: T, f: (quote: string) => string): T {
	if (Array.isArray(value)) return value.map((v) => rewriteQuotes(v, f)) as T;
	if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if (typeof o.report === 'string' && typeof o.quote === 'string') return { ...o, quote: f(o.quote) } as T;
		return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, rewriteQuotes(v, f)])) as T;
	}
	return value;
}
