/**
 * The poster: the embed's first picture, drawn before any map library loads. It is laid out
 * at a fixed design size and centred in the map box without scaling, so at the same camera
 * each pixel is where MapLibre will draw it and the live map takes over without a jump.
 */
import { geoPath } from 'd3-geo';
import type { FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import { webMercator, type Camera } from '$lib/map/projection';

/** Larger than any sensible embed: the box shows the middle of it. */
export const POSTER = { width: 1600, height: 1000 } as const;

/** The countries as one SVG path for `camera`, clipped to the box and rounded to a tenth of a pixel. */
export function countriesPath(countries: FeatureCollection<Geometry, GeoJsonProperties>, camera: Camera, width: number, height: number): string {
	const projection = webMercator(camera, width, height).clipExtent([
		[-2, -2],
		[width + 2, height + 2]
	]);
	return geoPath(projection).digits(1)(countries) ?? '';
}
