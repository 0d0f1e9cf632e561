/**
 * Search over a story's places, actors and events with MiniSearch: prefix and typo-tolerant
 * matching ("kurs", "zelenskyy", "pyongang"), places and people ranked above event text.
 */
import MiniSearch from 'minisearch';
import { route_arrow, search_place_detail } from '$lib/paraglide/messages';
import { actorTypeLabel } from '$lib/i18n/labels';
import { actorNames, eventPlaces, formatWhen, KIND_LABEL, type StoryIndex } from '$lib/story/model';
import { isolate } from '$lib/i18n/format';

export type ResultType = 'place' | 'actor' | 'event';

export interface SearchHit {
	key: string;
	type: ResultType;
	id: string;
	label: string;
	detail: string;
}

interface Doc extends SearchHit {
	text: string;
}

export function buildSearch(index: StoryIndex) {
	const docs: Doc[] = [];
	for (const p of index.story.places) {
		const n = index.eventsByPlace.get(p.id)?.length ?? 0;
		docs.push({ key: `place:${p.id}`, type: 'place', id: p.id, label: p.name, detail: search_place_detail({ count: n }), text: p.note ?? '' });
	}
	for (const a of index.story.actors) {
		docs.push({ key: `actor:${a.id}`, type: 'actor', id: a.id, label: a.name, detail: a.role ?? actorTypeLabel(a.type), text: a.role ?? '' });
	}
	for (const e of index.story.events) {
		const where = eventPlaces(e).map((id) => index.places.get(id)?.name ?? id);
		docs.push({
			key: `event:${e.id}`,
			type: 'event',
			id: e.id,
			label: e.title,
			// The place names isolated (FSI … PDI): an override in one cannot reorder the line.
			detail: `${KIND_LABEL[e.kind]} · ${formatWhen(e)} · ${where.map(isolate).join(` ${route_arrow()} `)}`,
			text: [e.summary, where.join(' '), actorNames(index, e.actors).join(' ')].join(' ')
		});
	}
	const mini = new MiniSearch<Doc>({
		idField: 'key',
		fields: ['label', 'text'],
		storeFields: ['key', 'type', 'id', 'label', 'detail'],
		searchOptions: { prefix: true, fuzzy: 0.2, boost: { label: 3 }, combineWith: 'AND' }
	});
	mini.addAll(docs);
	const typeWeight: Record<ResultType, number> = { place: 1.6, actor: 1.3, event: 1 };

	return (query: string, limit = 8): SearchHit[] => {
		const q = query.trim();
		if (!q) return [];
		return mini
			.search(q)
			.map((r) => ({ hit: r as unknown as SearchHit, score: r.score * typeWeight[(r as unknown as SearchHit).type] }))
			.sort((a, b) => b.score - a.score)
			.slice(0, limit)
			.map(({ hit }) => ({ key: hit.key, type: hit.type, id: hit.id, label: hit.label, detail: hit.detail }));
	};
}
