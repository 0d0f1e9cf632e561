/**
 * Web Mercator, once. Everything that places a point on the map's plane goes through these
 * functions: the live map's stand-in projection, the canvas overlay's static geometry, fitting
 * a camera to places, and the basemap builder's area measure. d3's geoMercator (for drawing
 * whole geometries with geoPath) is set up to match and tested against them.
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

/** Where Web Mercator's square world ends (MapLibre's limit): the plane is clamped here. */
export const MAX_LATITUDE = 85.051129;

const RADIANS = Math.PI / 180;

/** A longitude as a fraction of the world's width, 0 at −180°, 1 at 180° (unwrapped values run on). */
export function mercatorX(lon: number): number {
	return (lon + 180) / 360;
}

/** A latitude as a fraction of the world's height, 0 at the top (85.05° N), 1 at the bottom. */
export function mercatorY(lat: number): number {
	const φ = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * RADIANS;
	return 0.5 - Math.log(Math.tan(Math.PI / 4 + φ / 2)) / (2 * Math.PI);
}

/** The inverse of `mercatorY`. */
export function mercatorLatitude(y: number): number {
	return Math.atan(Math.sinh((0.5 - y) * 2 * Math.PI)) / RADIANS;
}

/** A longitude brought into [−180°, 180°]. */
export function wrapLongitude(lon: number): number {
	return lon >= -180 && lon <= 180 ? lon : lon - Math.round(lon / 360) * 360;
}

/**
 * MapLibre's view of `camera` in a `width` × `height` viewport (bearing 0), in closed form,
 * longitudes wrapped into ±180° as d3 does.
 */
export function mercatorProjector(camera: Camera, width: number, height: number): Project {
	const world = TILE_SIZE * 2 ** camera.zoom;
	const x0 = width / 2 - world * mercatorX(camera.center[0]);
	const y0 = height / 2 - world * mercatorY(camera.center[1]);
	return ([lon, lat]) => [x0 + world * mercatorX(wrapLongitude(lon)), y0 + world * mercatorY(lat)];
}

/**
 * The camera that fits `bounds` ([west, south], [east, north]) in a viewport, as MapLibre's
 * fitBounds would (no bearing). A box whose west is east of its east crosses the antimeridian.
 */
export function fitZoom(bounds: readonly [LonLat, LonLat], width: number, height: number, padding = 40): Camera {
	const [[w, s], [e0, n]] = bounds;
	const e = e0 < w ? e0 + 360 : e0;
	const dx = Math.max(mercatorX(e) - mercatorX(w), 1e-6 / 360) * TILE_SIZE;
	const dy = Math.max(mercatorY(s) - mercatorY(n), 1e-6 / 360) * TILE_SIZE;
	const zx = Math.log2(Math.max(width - 2 * padding, 1) / dx);
	const zy = Math.log2(Math.max(height - 2 * padding, 1) / dy);
	const cy = mercatorLatitude((mercatorY(n) + mercatorY(s)) / 2);
	return { center: [wrapLongitude((w + e) / 2), cy], zoom: Math.max(0, Math.min(zx, zy, 12)) };
}

/**
 * How a picture drawn at camera `from` moves to show camera `to` (no rotation, no pitch): a
 * Mercator picture is shifted and scaled, so a still drawing (a poster's basemap, the story
 * page's still marks) follows a camera by a CSS transform. `css` is undefined when nothing moves.
 */
export function cameraShift(from: Camera, to: Camera): { k: number; tx: number; ty: number; css: string | undefined } {
	const k = 2 ** (to.zoom - from.zoom);
	const s = TILE_SIZE * 2 ** to.zoom;
	const tx = (mercatorX(from.center[0]) - mercatorX(to.center[0])) * s;
	const ty = (mercatorY(from.center[1]) - mercatorY(to.center[1])) * s;
	const same = Math.abs(k - 1) < 1e-9 && Math.abs(tx) < 0.01 && Math.abs(ty) < 0.01;
	return { k, tx, ty, css: same ? undefined : `translate(${tx.toFixed(2)}px, ${ty.toFixed(2)}px) scale(${k})` };
}
