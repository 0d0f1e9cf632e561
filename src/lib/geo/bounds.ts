/** Boxes and distances on the sphere, from d3-geo: a box may cross the antimeridian. */
import { geoBounds, geoDistance } from 'd3-geo';
import type { LonLat } from './mercator';

/** Mean Earth radius, km (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * The smallest box holding some points, as [[west, south], [east, north]]. A box that crosses
 * the antimeridian has its west east of its east (Fiji to Samoa: west 178°, east −172°).
 */
export function boundsOf(points: readonly LonLat[]): [LonLat, LonLat] {
	if (points.length === 0) return [[NaN, NaN], [NaN, NaN]];
	const [[w, s], [e, n]] = geoBounds({ type: 'MultiPoint', coordinates: points.map((p) => [p[0], p[1]]) });
	return [[w, s], [e, n]];
}

/** The distance between two points along the great circle, km. */
export function distanceKm(a: LonLat, b: LonLat): number {
	return geoDistance([a[0], a[1]], [b[0], b[1]]) * EARTH_RADIUS_KM;
}
