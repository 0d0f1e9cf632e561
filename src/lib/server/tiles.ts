/**
 * Cuts the offline basemap into Mapbox vector tiles (see $lib/map/tiles). Each tile holds
 * the land, all countries merged into one shape (`land`), and the topology's mesh (`borders`:
 * every shared border and coast once). Borders come from the mesh, not from the polygons'
 * outlines: an outline stroked per tile would also draw the tile's cut edges, and a shared
 * border twice. The land is merged because the map fills it in one colour: country by
 * country, every border would be written twice more (the embed's first tiles were 11.0 KB
 * gzip so, 6.5 KB merged).
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import topo50 from '$geo/basemap/countries-50m.topo.json';
import topo110 from '$geo/basemap/countries-110m.topo.json';
import { unwrapCollection, unwrapLine } from '$lib/geo/antimeridian';
import { borders as meshOf, collection, land as landOf, type Countries } from './land';
import { TILESETS, TILE_LAYERS, type TileSet } from '$lib/map/tiles';

/**
 * Coordinates per tile, and the simplification in those units (half a CSS pixel). 4096, not
 * fewer: at 1024 the tiler's rounding left Antarctica's rings degenerate enough for MapLibre's
 * triangulation to leave a wedge of sea inside the land at zooms 1–2 (seen in a screenshot),
 * and the last level, enlarged beyond its zoom, needs the precision anyway.
 */
const EXTENT = 4096;
const TOLERANCE = 4;

function indexes(topo: Countries, maxZoom: number): { land: GeoJSONVT; borders: GeoJSONVT } {
	// No names or ids: every property is bytes in every tile.
	const land = unwrapCollection(collection(landOf(topo)));
	// Lines cross the antimeridian as rings do: continuous longitudes, wrapped by the tiler.
	const lines = meshOf(topo, { coasts: true });
	const borders = collection({ type: 'MultiLineString', coordinates: lines.coordinates.flatMap((l) => unwrapLine(l)) });
	const options = { maxZoom, indexMaxZoom: maxZoom, extent: EXTENT, tolerance: TOLERANCE, buffer: EXTENT / 64 };
	return { land: new GeoJSONVT(land, options), borders: new GeoJSONVT(borders, options) };
}

const built = new Map<TileSet, ReturnType<typeof indexes>>();
const sources: Record<TileSet, unknown> = { small: topo110, detailed: topo50 };

function indexFor(set: TileSet) {
	let i = built.get(set);
	if (!i) built.set(set, (i = indexes(sources[set] as Countries, TILESETS[set].maxzoom)));
	return i;
}

export function isTileSet(s: string): s is TileSet {
	return Object.hasOwn(TILESETS, s);
}

/** Whether z/x/y names a tile of the set; anything else is a 404, not a tile. */
export function isTile(set: TileSet, z: number, x: number, y: number): boolean {
	const n = 2 ** z;
	return Number.isInteger(z) && z >= 0 && z <= TILESETS[set].maxzoom && Number.isInteger(x) && Number.isInteger(y) && x >= 0 && y >= 0 && x < n && y < n;
}

/** The tile as protobuf bytes; a tile of open sea is empty (0 bytes), which MapLibre reads as no features. */
export function tile(set: TileSet, z: number, x: number, y: number): Uint8Array {
	const index = indexFor(set);
	const layers: Parameters<typeof fromGeojsonVt>[0] = {};
	const land = index.land.getTile(z, x, y);
	const borders = index.borders.getTile(z, x, y);
	// A tile the tiler kept for a sliver in its buffer may have no features left: no layer then.
	if (land?.features.length) layers[TILE_LAYERS.land] = land;
	if (borders?.features.length) layers[TILE_LAYERS.borders] = borders;
	return Object.keys(layers).length ? fromGeojsonVt(layers, { version: 2, extent: EXTENT }) : new Uint8Array(0);
}

/** Every tile of every set, for prerendering. */
export function* allTiles(): Generator<{ set: TileSet; z: number; x: number; y: number }> {
	for (const set of Object.keys(TILESETS) as TileSet[])
		for (let z = 0; z <= TILESETS[set].maxzoom; z++)
			for (let x = 0; x < 2 ** z; x++) for (let y = 0; y < 2 ** z; y++) yield { set, z, x, y };
}
