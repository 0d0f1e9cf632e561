/**
 * The phone's bottom sheet: the detail panel slides up over the map and rests at one of three
 * snap points (a peek, half the map, nearly all of it); the reader drags its handle or taps
 * it to step. Whatever is selected stays in sight above the sheet: `cameraAbove` gives the
 * camera that shows the selected points in the map's uncovered part. Pure functions.
 */
import type { Camera, LonLat } from '$lib/geo/mercator';
import { TILE_SIZE } from '$lib/geo/mercator';

export type Snap = 'peek' | 'half' | 'full';
export const SNAPS: readonly Snap[] = ['peek', 'half', 'full'];
/** Each snap point's height, as a share of the map box. */
export const SNAP_SHARE: Record<Snap, number> = { peek: 0.3, half: 0.56, full: 0.9 };

/** The snap point nearest a height the reader dragged the sheet to. */
export function nearestSnap(height: number, boxHeight: number): Snap {
	const share = boxHeight > 0 ? height / boxHeight : 0;
	return SNAPS.reduce((best, s) => (Math.abs(SNAP_SHARE[s] - share) < Math.abs(SNAP_SHARE[best] - share) ? s : best), 'half' as Snap);
}

/** The next snap point for a tap on the handle: up to full, then back down to a peek. */
export function nextSnap(s: Snap): Snap {
	return s === 'peek' ? 'half' : s === 'half' ? 'full' : 'peek';
}

const RAD = Math.PI / 180;
function world([lon, lat]: LonLat, zoom: number): [number, number] {
	const size = TILE_SIZE * 2 ** zoom;
	const φ = Math.max(-85.05, Math.min(85.05, lat)) * RAD;
	return [((lon + 180) / 360) * size, ((1 - Math.log(Math.tan(Math.PI / 4 + φ / 2)) / Math.PI) / 2) * size];
}
function unworld([x, y]: [number, number], zoom: number): LonLat {
	const size = TILE_SIZE * 2 ** zoom;
	return [(x / size) * 360 - 180, (2 * Math.atan(Math.exp(Math.PI * (1 - (2 * y) / size))) - Math.PI / 2) / RAD];
}

/**
 * The camera that keeps `points` (a selection's places) in the part of a `width` × `height`
 * map left uncovered by a sheet `covered` pixels tall, with a `margin`: null when they are in
 * it already (the camera then stays where the reader left it). The zoom is kept; the centre
 * moves so the points' middle sits in the middle of the uncovered part.
 */
export function cameraAbove(camera: Camera, points: readonly LonLat[], width: number, height: number, covered: number, margin = 32): Camera | null {
	if (!points.length || width <= 0 || height <= 0) return null;
	const c = world(camera.center, camera.zoom);
	const xs = points.map((p) => world(p, camera.zoom));
	const screen = xs.map(([x, y]) => [width / 2 + x - c[0], height / 2 + y - c[1]] as const);
	const visible = Math.max(margin * 2 + 1, height - covered);
	const inside = screen.every(([x, y]) => x >= margin && x <= width - margin && y >= margin && y <= visible - margin);
	if (inside) return null;
	const minX = Math.min(...xs.map((p) => p[0]));
	const maxX = Math.max(...xs.map((p) => p[0]));
	const minY = Math.min(...xs.map((p) => p[1]));
	const maxY = Math.max(...xs.map((p) => p[1]));
	// Centre of the points at the middle of the uncovered part: the map centre is then that
	// far below it.
	const cx = (minX + maxX) / 2;
	const cy = (minY + maxY) / 2 + (height / 2 - visible / 2);
	return { ...camera, center: unworld([cx, cy], camera.zoom) };
}
