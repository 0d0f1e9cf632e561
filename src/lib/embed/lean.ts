/**
 * The story as the embed page ships it: its hydration data is the largest part of the
 * embed's HTML, so what the embed does not draw stays out of it.
 *
 * - Never read by the embed: scenes (only counted, for the link to the presentation),
 *   actors' roles (the search box the embed does not have), GeoNames ids (editing tools).
 * - Read only once a reader selects something: event summaries and date wordings, place
 *   notes and the quotes of every source. They come from details.json beside the embed,
 *   fetched on the first selection (`withDetails`). In the page each quote is replaced by
 *   a short token, its index in that file's table, so that everything which counts or
 *   tells sources apart (source counts in the marks' accessible names, the list) works the
 *   same before.
 */
import type { ReportMeta, Story } from '$lib/story/schema';

/** What the embed page is rendered from, and what its client hydrates with (data.json). */
export interface EmbedData {
	story: Story;
	reports: ReportMeta[];
	presentable: boolean;
}

export interface EmbedDetails {
	quotes: string[];
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
			scenes: [],
			actors: story.actors.map(({ role: _, ...actor }) => actor),
			places: lean.places.map(({ geonameid: _, note: __, ...place }) => place),
			events: lean.events.map(({ dateText: _, ...e }) => ({ ...e, summary: '' }))
		},
		presentable: story.scenes.length > 0
	};
}

export function embedDetails(story: Story): EmbedDetails {
	return {
		quotes: quoteTable(story),
		summaries: Object.fromEntries(story.events.map((e) => [e.id, e.summary])),
		dateTexts: Object.fromEntries(story.events.flatMap((e) => (e.dateText ? [[e.id, e.dateText]] : []))),
		notes: Object.fromEntries(story.places.flatMap((p) => (p.note ? [[p.id, p.note]] : [])))
	};
}

/** The embed's story with its details back in: the story as the full page has it, but for what `embedStory` drops for good. */
export function withDetails(lean: Story, details: EmbedDetails): Story {
	const full = rewriteQuotes({ events: lean.events, places: lean.places }, (t) => details.quotes[parseInt(t, 36)] ?? t);
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
