/**
 * One projection contract for every overlay mark: a function from [lon, lat] to screen pixels.
 * On the live map it wraps `map.project`; on static SVG (poster, print, no-WebGL fallback) it
 * is a Web Mercator matching MapLibre's exactly, so the same mark code draws in both places.
 * This module stays free of d3-geo: the embed's first paint only needs points projected, and
 * the d3 projection (for drawing the basemap with geoPath) lives in ./d3-projection.
 */
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

const RADIANS = Math.PI / 180;
const TAU = 2 * Math.PI;

/**
 * MapLibre's view of `camera` in a `width` × `height` viewport (bearing 0), in closed form. It
 * is the same function as d3's geoMercator set up by `webMercator` in ./d3-projection
 * (tested against it), longitudes wrapped into ±180° as d3 does.
 */
export function mercatorProjector(camera: Camera, width: number, height: number): Project {
	const k = (TILE_SIZE * 2 ** camera.zoom) / TAU;
	const x0 = width / 2 - k * camera.center[0] * RADIANS;
	const y0 = height / 2 + k * mercatorY(camera.center[1] * RADIANS);
	return ([lon, lat]) => {
		let λ = lon * RADIANS;
		if (Math.abs(λ) > Math.PI) λ -= Math.round(λ / TAU) * TAU;
		return [x0 + k * λ, y0 - k * mercatorY(lat * RADIANS)];
	};
}

function mercatorY(φ: number): number {
	return Math.log(Math.tan((Math.PI / 2 + φ) / 2));
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
