/**
 * The offline basemap: Natural Earth countries shipped with the site (geo/basemap), so the
 * map needs no API key, no tile server and no request to another host. The live map reads
 * them as vector tiles (./tiles); the SVG maps (no WebGL, presentation handouts, a poster
 * for a shared view) draw the TopoJSON whole (./countries).
 */
import type { StyleSpecification } from 'maplibre-gl';
import { TILESETS, TILE_LAYERS, tileTemplate, type TileSet } from './tiles';
import countries50m from '$geo/basemap/countries-50m.topo.json?url';
import countries110m from '$geo/basemap/countries-110m.topo.json?url';
import countryLabels from '$geo/basemap/country-labels.json';
import type { CountryLabel } from '$lib/geo/labels';

export const BASEMAP_URLS = { detailed: countries50m, small: countries110m } as const;
/** Rows of [country, name, lon, lat, minZoom] (see scripts/build-basemap.ts); names are unique, ids are not. */
export const COUNTRY_LABELS: CountryLabel[] = (countryLabels.labels as [string, string, number, number, number][]).map(
	([country, name, lon, lat, minZoom]) => ({ id: name, country, name, lon, lat, minZoom })
);

export interface BasemapColours {
	water: string;
	land: string;
	border: string;
}

export const LIGHT: BasemapColours = { water: '#dfe9ef', land: '#f7f4ec', border: '#b9b1a2' };
/** Dark mode: dim enough for a dark article page, with enough land/water contrast to read the coasts. */
export const DARK: BasemapColours = { water: '#101c26', land: '#2b2f33', border: '#5b6168' };

/**
 * A MapLibre style drawing the countries from the site's own vector tiles (./tiles): no
 * glyphs, no sprite, nothing remote. Its tile URLs need `loadTile` registered as a protocol.
 */
export function offlineStyle(set: TileSet, c: BasemapColours = LIGHT): StyleSpecification {
	return {
		version: 8,
		sources: {
			countries: { type: 'vector', tiles: [tileTemplate(set)], minzoom: 0, maxzoom: TILESETS[set].maxzoom, attribution: 'Natural Earth' }
		},
		layers: [
			{ id: 'water', type: 'background', paint: { 'background-color': c.water } },
			{ id: 'land', type: 'fill', source: 'countries', 'source-layer': TILE_LAYERS.land, paint: { 'fill-color': c.land } },
			{ id: 'borders', type: 'line', source: 'countries', 'source-layer': TILE_LAYERS.borders, paint: { 'line-color': c.border, 'line-width': 0.8 } }
		]
	};
}
