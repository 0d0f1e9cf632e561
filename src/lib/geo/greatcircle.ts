/**
 * Great circles, once: the map's routes and the GeoJSON download's lines are both made here,
 * from d3-geo's `geoInterpolate`, so the two cannot draw different lines for one event.
 */
import { geoInterpolate } from 'd3-geo';
import type { LonLat } from './mercator';
import { unwrapLongitudes } from './antimeridian';

/** Interpolation along the great circle from `a` to `b`: t = 0 is `a`, t = 1 is `b`. */
export function greatCircle(a: LonLat, b: LonLat): (t: number) => LonLat {
	const interpolate = geoInterpolate([a[0], a[1]], [b[0], b[1]]);
	return (t) => {
		const [lon, lat] = interpolate(t);
		return [lon, lat];
	};
}

/**
 * `segments + 1` points along the great circle from `a` to `b`, longitudes unwrapped so that a
 * route across the antimeridian runs on past ±180° instead of jumping back across the map.
 */
export function geodesic(a: LonLat, b: LonLat, segments = 32): LonLat[] {
	const interpolate = greatCircle(a, b);
	const points: LonLat[] = [];
	for (let i = 0; i <= segments; i++) points.push(i === 0 ? a : i === segments ? b : interpolate(i / segments));
	return unwrapLongitudes(points, a[0]);
}
