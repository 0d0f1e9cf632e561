/**
 * The story as an RFC 7946 FeatureCollection, for readers and newsrooms who want the data:
 * one Point per place and per event at one place, one LineString (a great circle, split into
 * a MultiLineString where it crosses the antimeridian) per event between two. Every feature
 * carries its sources; each kind adds its own properties (a stated count, say).
 */
import { geodesic } from '../geo/greatcircle';
import { splitAtAntimeridian } from '../geo/antimeridian';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Story, StoryEvent } from './schema';
import { eventPlaces, eventSources } from './model';
import { formatOf } from '../kinds/formats';

export type FeatureKind = 'place' | StoryEvent['kind'];

export interface FeatureProps {
	id: string;
	kind: FeatureKind;
	name: string;
	date?: string;
	start?: string;
	end?: string;
	status?: StoryEvent['status'];
	actors: string[];
	places?: string[];
	summary?: string;
	/** A kind's own properties (a deployment's `count`, `countText`, `according`). */
	[own: string]: unknown;
	sources: { report: string; quote: string }[];
}

export function storyToGeoJSON(story: Story): FeatureCollection<Geometry, FeatureProps> {
	const places = new Map(story.places.map((p) => [p.id, p]));
	const actorName = new Map(story.actors.map((a) => [a.id, a.name]));
	const features: Feature<Geometry, FeatureProps>[] = [];
	const coords = (id: string): [number, number] => {
		const p = places.get(id);
		if (!p) throw new Error(`unknown place ${id}`);
		return [p.coordinates[0], p.coordinates[1]];
	};

	for (const p of story.places) {
		features.push({
			type: 'Feature',
			id: p.id,
			geometry: { type: 'Point', coordinates: coords(p.id) },
			properties: { id: p.id, kind: 'place', name: p.name, actors: [], sources: p.sources.map(copySource) }
		});
	}
	for (const e of story.events) {
		const ids = eventPlaces(e);
		const geometry: Geometry =
			ids.length === 1 ? { type: 'Point', coordinates: coords(ids[0]!) } : route(coords(ids[0]!), coords(ids[1]!));
		const props: FeatureProps = {
			id: e.id,
			kind: e.kind,
			name: e.title,
			...(e.date !== undefined ? { date: e.date } : {}),
			...(e.start !== undefined ? { start: e.start, end: e.end } : {}),
			status: e.status,
			actors: e.actors.map((a) => actorName.get(a) ?? a),
			places: ids,
			summary: e.summary,
			sources: eventSources(e).map(copySource)
		};
		Object.assign(props, formatOf(e).geojson?.(e, (a: string) => actorName.get(a) ?? a));
		features.push({ type: 'Feature', id: e.id, geometry, properties: props });
	}
	return { type: 'FeatureCollection', features };
}

/** The great circle the map draws (the same points), back in ±180° and cut where it crosses the antimeridian. */
export function route(a: [number, number], b: [number, number]): Geometry {
	if (a[0] === b[0] && a[1] === b[1]) return { type: 'LineString', coordinates: [a, b] };
	const pieces = splitAtAntimeridian(geodesic(a, b, ROUTE_SEGMENTS));
	const line: Geometry = pieces.length === 1 ? { type: 'LineString', coordinates: pieces[0]! } : { type: 'MultiLineString', coordinates: pieces };
	return roundGeometry(line);
}

/** As many segments as the map's routes, so the download has the map's vertices. */
export const ROUTE_SEGMENTS = 32;

function roundGeometry(g: Geometry): Geometry {
	const r = (v: number) => Math.round(v * 1e5) / 1e5;
	if (g.type === 'LineString') return { type: 'LineString', coordinates: g.coordinates.map(([x = 0, y = 0]) => [r(x), r(y)]) };
	if (g.type === 'MultiLineString')
		return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => l.map(([x = 0, y = 0]) => [r(x), r(y)])) };
	return g;
}

function copySource(s: { report: string; quote: string }) {
	return { report: s.report, quote: s.quote };
}
