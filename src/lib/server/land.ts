/**
 * The basemap's shapes as the map draws them, from a Natural Earth countries topology: the
 * land as one shape (filled in one colour, so country outlines inside it would be bytes for
 * nothing) and the lines between countries, each drawn once.
 */
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry, MultiLineString, MultiPolygon as GeoMultiPolygon } from 'geojson';

export type Countries = Topology<{ countries: GeometryCollection }>;

const isArea = (g: GeometryCollection['geometries'][number]): g is Polygon | MultiPolygon => g.type === 'Polygon' || g.type === 'MultiPolygon';

/** All the countries merged: continents and islands, with no borders inside. */
export function land(topo: Countries): GeoMultiPolygon {
	return merge(topo, topo.objects.countries.geometries.filter(isArea));
}

/** Every border between two countries once, and, with `coasts`, every coast once too. */
export function borders(topo: Countries, { coasts }: { coasts: boolean }): MultiLineString {
	return mesh(topo, topo.objects.countries, coasts ? undefined : (a, b) => a !== b);
}

/** One shape as a feature collection, with no properties: the map draws shapes only. */
export function collection<G extends Geometry>(geometry: G): FeatureCollection<G> {
	return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] };
}
