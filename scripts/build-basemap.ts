/**
 * Builds the offline basemap in geo/basemap from Natural Earth (world-atlas, public domain):
 * - countries-50m.topo.json: country polygons only (the `land` layer is dropped; it repeats
 *   the countries' outline), as TopoJSON because it is a third of the size of the GeoJSON;
 *   countries-110m.topo.json: the same at 1:110m, for embeds and small screens, trimmed for
 *   the wire (see `lean110m`);
 * - country-labels.json: one label point per country (the centroid of its largest polygon)
 *   and the zoom from which it is shown (bigger countries earlier), for the D3 label layer,
 *   since there is no glyph server to let MapLibre draw text. It is in every map page's
 *   first script, so it is a table of rows (not objects repeating their keys) and points
 *   are rounded to 0.1° (a pixel at zoom 3, and a label is no more precise than that).
 * Run again only when world-atlas is upgraded: `npm run basemap`.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, quantize } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { geoArea, geoCentroid } from 'd3-geo';
import type { Topology, GeometryCollection, Objects } from 'topojson-specification';
import type { Triangle } from 'topojson-simplify';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { mercatorX, mercatorY } from '../src/lib/geo/mercator';

const require = createRequire(import.meta.url);
// ISO 3166 numeric (world-atlas ids) → alpha-2 (story files), so the map can drop a basemap
// country name where the story already labels that country as a place.
const alpha2 = new Map<string, string>(
	(require('world-countries') as { ccn3: string; cca2: string }[]).map((c) => [c.ccn3, c.cca2])
);
const src = require.resolve('world-atlas/countries-50m.json');
const topo = JSON.parse(readFileSync(src, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;

mkdirSync('geo/basemap', { recursive: true });
const countriesOnly = { ...topo, objects: { countries: topo.objects.countries } };
writeFileSync('geo/basemap/countries-50m.topo.json', JSON.stringify(countriesOnly));
// The 1:110m cut is a seventh of the size: embeds and phones start with it.
const small = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as typeof topo;
writeFileSync('geo/basemap/countries-110m.topo.json', JSON.stringify(lean110m(small)));

const fc = feature(topo, topo.objects.countries);
const labels = [];
for (const f of fc.features as Feature<Polygon | MultiPolygon, { name: string }>[]) {
	if (!f.geometry) continue;
	const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	let best: Polygon | undefined;
	let bestArea = -1;
	for (const coordinates of polys) {
		const poly: Polygon = { type: 'Polygon', coordinates };
		const a = geoArea(poly);
		if (a > bestArea) [best, bestArea] = [poly, a];
	}
	if (!best) continue;
	const [lon, lat] = geoCentroid(best);
	// Area in steradians: Russia ≈ 0.4, France ≈ 0.013, Belgium ≈ 0.0008.
	const minZoom = bestArea > 0.05 ? 1 : bestArea > 0.01 ? 2.5 : bestArea > 0.002 ? 3.5 : bestArea > 0.0004 ? 4.5 : 6;
	labels.push({ country: alpha2.get(String(f.id ?? '')) ?? '', name: f.properties.name, lon: round(lon), lat: round(lat), minZoom });
}
labels.sort((a, b) => a.minZoom - b.minZoom || a.name.localeCompare(b.name));
const columns = ['country', 'name', 'lon', 'lat', 'minZoom'] as const;
const rows = labels.map((l) => columns.map((c) => l[c]));
writeFileSync('geo/basemap/country-labels.json', JSON.stringify({ source: 'Natural Earth via world-atlas 2', columns, labels: rows }, null, 0));
console.log(`wrote geo/basemap/countries-50m.topo.json and ${labels.length} labels`);

/**
 * The 1:110m cut is what every embed downloads, and it is only ever drawn around zoom 3 (the
 * embed's own camera, the poster, phones): names and ids go (labels come from
 * country-labels.json), vertices that change less than 2 px² of area at zoom 3 in Web Mercator
 * (so a vertex's weight matches what the reader sees, not degrees, which shrink towards the
 * poles) go, and coordinates are snapped to a 5,000-step grid (under half a pixel at zoom 3).
 */
function lean110m(topo: Topology<{ countries: GeometryCollection<{ name: string }> }>): Topology {
	const geometries = topo.objects.countries.geometries.map((g) =>
		g.type === 'Polygon' ? { type: g.type, arcs: g.arcs } : g.type === 'MultiPolygon' ? { type: g.type, arcs: g.arcs } : { type: 'GeometryCollection' as const, geometries: [] }
	);
	const slim: Topology<Objects<{}>> = { ...topo, objects: { countries: { type: 'GeometryCollection', geometries } } };
	const world = 512 * 2 ** 3;
	const toPixels = ([lon, lat]: [number, number]): [number, number] => [mercatorX(lon) * world, mercatorY(lat) * world];
	const mercatorArea = (t: Triangle) => {
		const [[ax, ay], [bx, by], [cx, cy]] = [toPixels(t[0]), toPixels(t[1]), toPixels(t[2])];
		return Math.abs((ax - cx) * (by - ay) - (ax - bx) * (cy - ay)) / 2;
	};
	return quantize(simplify(presimplify(slim, mercatorArea), 2), 5000);
}

function round(v: number) {
	return Math.round(v * 10) / 10;
}
