/**
 * The studio's one door into the ingest: the same top-level entry points `scripts/ingest.ts`
 * calls (loadGazetteer, draftStory, mergeStories), nothing from inside them, so the ingest's
 * internals can change without the studio noticing. The gazetteer loads once per process.
 */
import { loadGazetteer, nameKey, type Gazetteer, type GazPlace } from '$lib/ingest/gazetteer';
import { draftStory, type DraftMeta, type ReportInput } from '$lib/ingest/draft';
import { mergeStories } from '$lib/ingest/merge';
import type { StoryInput } from '$lib/story/schema';

let gaz: Gazetteer | undefined;
export function gazetteer(): Gazetteer {
	gaz ??= loadGazetteer();
	return gaz;
}
export const gazetteerLoaded = () => gaz !== undefined;

export interface Redraft {
	story: StoryInput;
	/** Draft metadata of the items the merge added, by "kind:id" (renamed as the merge renamed them). */
	added: Record<string, DraftMeta>;
	/** Proposed changes to items the editor already has, one line each (not applied). */
	changed: string[];
	warnings: string[];
}

/**
 * Drafts the reports and merges the draft into `current` as `--merge` does: what the editor has
 * is kept as it is, drafted items that match nothing are added, and differences are proposed.
 */
export function redraft(current: StoryInput, reports: ReportInput[], today: string): Redraft {
	const draft = draftStory(reports, gazetteer(), { slug: current.slug, title: current.title, today });
	const merged = mergeStories(current, draft.story);
	const drafts = { ...draft.drafts };
	for (const [from, to] of merged.renamed) {
		const meta = drafts[from];
		if (meta) {
			drafts[to] = meta;
			delete drafts[from];
		}
	}
	const added: Record<string, DraftMeta> = {};
	const addedKeys = [
		...merged.review.places.added.map((i) => `place:${i}`),
		...merged.review.actors.added.map((i) => `actor:${i}`),
		...merged.review.events.added.map((i) => `event:${i}`)
	];
	for (const k of addedKeys) added[k] = drafts[k] ?? { draft: true, confidence: 0.5, report: '', start: 0, end: 0 };
	const changed = [...merged.review.places.changed.map((c) => `place ${c}`), ...merged.review.events.changed.map((c) => `event ${c}`)];
	return { story: { ...merged.story, title: current.title, slug: current.slug }, added, changed, warnings: draft.warnings };
}

export interface GazHit {
	name: string;
	country: string;
	kind: string;
	lon: number;
	lat: number;
	geonameid: number | null;
	population: number;
}

/** Places whose name starts with the query, biggest first: the ingest's own gazetteer. */
export function searchPlaces(q: string, limit = 12): GazHit[] {
	const key = nameKey(q);
	if (!key) return [];
	const g = gazetteer();
	const seen = new Set<string>();
	const hits: GazPlace[] = [];
	for (const [name, list] of g.names) {
		if (!name.startsWith(key)) continue;
		for (const n of list) {
			if (n.form !== 'name' || seen.has(n.place.key) || n.place.kind === 'continent') continue;
			seen.add(n.place.key);
			hits.push(n.place);
		}
	}
	const exact = (p: GazPlace) => (nameKey(p.name) === key ? 1 : 0);
	hits.sort((a, b) => exact(b) - exact(a) || (b.kind === 'country' ? 1 : 0) - (a.kind === 'country' ? 1 : 0) || b.population - a.population);
	return hits.slice(0, limit).map((p) => ({ name: p.name, country: p.country, kind: p.kind, lon: p.lon, lat: p.lat, geonameid: p.geonameid, population: p.population }));
}
