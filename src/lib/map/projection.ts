/**
 * One projection contract for every overlay mark: a function from [lon, lat] to screen pixels.
 * On the live map it wraps `map.project`; on static SVG (poster, print, no-WebGL fallback) it
 * is a d3-geo Mercator set up to match MapLibre's Web Mercator exactly, so the same mark code
 * draws in both places.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';

export type LonLat = readonly [number, number];
export type Point = [number, number];
export type Project = (lonLat: LonLat) => Point;

export interface Camera {
	center: LonLat;
	zoom: number;
	bearing?: number;
}

/** MapLibre renders 512-pixel tiles: the whole world is 512 · 2^zoom pixels wide. */
export const TILE_SIZE = 512;

/** A d3 Mercator matching MapLibre's view of `camera` in a `width` × `height` viewport (bearing 0). */
export function webMercator(camera: Camera, width: number, height: number): GeoProjection {
	return geoMercator()
		.scale((TILE_SIZE * 2 ** camera.zoom) / (2 * Math.PI))
		.center([camera.center[0], camera.center[1]])
		.translate([width / 2, height / 2])
		.clipExtent(null)
		.precision(0.5);
}

export function projector(projection: GeoProjection): Project {
	return (p) => {
		const xy = projection([p[0], p[1]]);
		return xy ? [xy[0], xy[1]] : [NaN, NaN];
	};
}

/** Zoom that fits `bounds` ([west, south], [east, north]) in a viewport, as MapLibre's fitBounds would (no bearing). */
export function fitZoom(bounds: readonly [LonLat, LonLat], width: number, height: number, padding = 40): Camera {
	const [[w, s], [e, n]] = bounds;
	const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
	const dx = (Math.max(e - w, 1e-6) / 360) * TILE_SIZE;
	const dy = (Math.max(mercY(n) - mercY(s), 1e-6) / (2 * Math.PI)) * TILE_SIZE;
	const zx = Math.log2(Math.max(width - 2 * padding, 1) / dx);
	const zy = Math.log2(Math.max(height - 2 * padding, 1) / dy);
	const cy = ((Math.atan(Math.sinh((mercY(n) + mercY(s)) / 2)) * 180) / Math.PI);
	return { center: [(w + e) / 2, cy], zoom: Math.max(0, Math.min(zx, zy, 12)) };
}

/** The bounding box of some points, as [[west, south], [east, north]]. */
export function boundsOf(points: readonly LonLat[]): [LonLat, LonLat] {
	let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
	for (const [x, y] of points) {
		w = Math.min(w, x); e = Math.max(e, x);
		s = Math.min(s, y); n = Math.max(n, y);
	}
	return [[w, s], [e, n]];
}
