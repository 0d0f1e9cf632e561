/**
 * Framing: which places a view must show, and the camera that shows them inside the part of
 * the map a reader can see (not under the panel, the bottom sheet, the key or the timeline).
 *
 * - `storyFocus`: the story's own `camera.fit` (place ids) when it names one; otherwise the places its
 *   events touch, less far clusters that would shrink the rest to a dot (Washington and
 *   Pyongyang in a story about Riyadh and Europe): those get an edge marker instead.
 * - `visibleInsets`: how much of each side of the map box is covered, from the boxes of what
 *   lies over it.
 * - `frameCamera`: MapLibre's fitBounds with padding, in closed form, so the camera stays one
 *   state value (round-tripped through the URL) rather than whatever the map did last.
 * - `revealCamera`: the least move that brings places into the visible part: none when they
 *   are there, a pan when they fit at this zoom, else a zoom out.
 *
 * Bounds come from src/lib/geo (geoBounds), so a box across the antimeridian stays small.
 */
import { boundsOf, distanceKm } from '$lib/geo/bounds';
import { fitZoom, mercatorLatitude, mercatorX, mercatorY, TILE_SIZE, wrapLongitude, type Camera, type LonLat } from '$lib/geo/mercator';
import { NO_INSETS, type Insets } from '$lib/geo/screen';

// Insets and edge markers' points are screen geometry (geo/screen.ts), which overlays/ draws with too.
export { edgePoint, NO_INSETS, type Insets } from '$lib/geo/screen';

export interface WeightedPlace {
	id: string;
	at: LonLat;
	/** How many events touch it. */
	weight: number;
}

export interface Focus {
	/** The places to fit. */
	fit: WeightedPlace[];
	/** Places left out for being far: each cluster's heaviest, for an edge marker. */
	far: WeightedPlace[];
}

/** Places closer than this join one cluster (single linkage): Riyadh–Ankara is 2,170 km. */
const CLUSTER_KM = 2500;
/** A cluster is left out only if that brings the rest at least this many zoom levels closer… */
const MIN_GAIN = 1;
/** …and they carry at most this share of the events at places (a line counts at both ends): a minority. */
const MAX_SHARE = 0.4;

/** Single-linkage clusters of places within CLUSTER_KM of each other. */
export function clusters(places: readonly WeightedPlace[]): WeightedPlace[][] {
	const parent = places.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
	for (let i = 0; i < places.length; i++)
		for (let j = i + 1; j < places.length; j++) if (distanceKm(places[i]!.at, places[j]!.at) < CLUSTER_KM) parent[find(i)] = find(j);
	const groups = new Map<number, WeightedPlace[]>();
	places.forEach((p, i) => {
		const r = find(i);
		groups.set(r, [...(groups.get(r) ?? []), p]);
	});
	return [...groups.values()];
}

/** The zoom at which `places` fit a reference 1000 × 700 view: only differences matter. */
function zoomFor(places: readonly WeightedPlace[]): number {
	return fitZoom(boundsOf(places.map((p) => p.at)), 1000, 700, 0).zoom;
}

/**
 * The places a first view shows. `named`: the story's `camera.fit`, taken as it is. Otherwise
 * the clusters farthest from the heaviest one are left out, as many as bring the rest closest
 * (at least MIN_GAIN zoom levels) while they carry at most MAX_SHARE of the events; the
 * heaviest cluster always stays.
 */
export function storyFocus(places: readonly WeightedPlace[], named?: readonly string[]): Focus {
	const touched = places.filter((p) => p.weight > 0);
	if (named?.length) {
		const set = new Set(named);
		const fit = places.filter((p) => set.has(p.id));
		const far = clusters(touched.filter((p) => !set.has(p.id))).map(heaviest);
		return { fit, far };
	}
	if (touched.length < 2) return { fit: touched, far: [] };
	const total = touched.reduce((s, p) => s + p.weight, 0);
	const groups = clusters(touched).sort((a, b) => weightOf(b) - weightOf(a));
	const main = groups[0]!;
	const centre = centroid(main);
	// The others, farthest from the main cluster first: leaving out the k farthest is tried
	// for each k, and the k that brings the rest closest wins, if it gains MIN_GAIN at all.
	const others = groups.slice(1).sort((a, b) => distanceKm(centroid(b), centre) - distanceKm(centroid(a), centre));
	const all = zoomFor(touched);
	let best = 0, bestGain = MIN_GAIN - 1e-9, dropped = 0;
	for (let k = 1; k <= others.length; k++) {
		dropped += weightOf(others[k - 1]!);
		if (dropped / total > MAX_SHARE) break;
		const gain = zoomFor([...main, ...others.slice(k).flat()]) - all;
		if (gain > bestGain + 0.25) {
			best = k;
			bestGain = gain;
		}
	}
	return { fit: [...main, ...others.slice(best).flat()], far: others.slice(0, best).map(heaviest) };
}

/** The weighted mean of a cluster's places (they are within a few thousand km: a plane average is enough). */
function centroid(c: readonly WeightedPlace[]): LonLat {
	const w = weightOf(c) || 1;
	return [c.reduce((s, p) => s + p.at[0] * p.weight, 0) / w, c.reduce((s, p) => s + p.at[1] * p.weight, 0) / w];
}

const weightOf = (c: readonly WeightedPlace[]) => c.reduce((s, p) => s + p.weight, 0);
const heaviest = (c: readonly WeightedPlace[]) => [...c].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id))[0]!;

/**
 * What covers the map box, as insets: each obstacle box (in the map box's pixels) is taken
 * off the side where it removes the least area: a bottom sheet off the bottom, a key in a
 * corner off the bottom or the side, whichever leaves more map.
 */
export function visibleInsets(width: number, height: number, obstacles: ReadonlyArray<{ left: number; top: number; right: number; bottom: number }>): Insets {
	const out = { ...NO_INSETS };
	for (const o of obstacles) {
		const l = Math.max(0, o.left), t = Math.max(0, o.top), r = Math.min(width, o.right), b = Math.min(height, o.bottom);
		if (r - l < 1 || b - t < 1) continue;
		// Each side it could be cut from, with the strip that would cost.
		const options: Array<[keyof Insets, number]> = [];
		if (t <= 16) options.push(['top', b]);
		if (b >= height - 16) options.push(['bottom', height - t]);
		if (l <= 16) options.push(['left', r]);
		if (r >= width - 16) options.push(['right', width - l]);
		if (!options.length) continue;
		const area = (side: keyof Insets, d: number) => (side === 'top' || side === 'bottom' ? d * width : d * height);
		options.sort((x, y) => area(x[0], x[1]) - area(y[0], y[1]));
		const [side, d] = options[0]!;
		out[side] = Math.max(out[side], d);
	}
	// Never more than most of the box: a map too covered to fit anything keeps a third of itself.
	if (out.top + out.bottom > height * 0.67) {
		const k = (height * 0.67) / (out.top + out.bottom);
		out.top *= k;
		out.bottom *= k;
	}
	if (out.left + out.right > width * 0.67) {
		const k = (width * 0.67) / (out.left + out.right);
		out.left *= k;
		out.right *= k;
	}
	return out;
}

/** Room kept around fitted places, px: marks and their labels (which sit right of their dots). */
export function framePadding(width: number, height: number): Insets {
	const p = Math.round(Math.max(20, Math.min(width, height) * 0.07));
	return { top: p + 8, right: p + Math.min(70, width * 0.08), bottom: p, left: p };
}

export interface FrameOptions {
	insets?: Insets;
	padding?: Insets;
	maxZoom?: number;
	minZoom?: number;
}

/** Moves a camera's centre by (dx, dy) screen pixels at its zoom. */
function shift(center: LonLat, zoom: number, dx: number, dy: number): LonLat {
	const world = TILE_SIZE * 2 ** zoom;
	const x = mercatorX(center[0]) + dx / world;
	const y = mercatorY(center[1]) + dy / world;
	return [wrapLongitude(x * 360 - 180), mercatorLatitude(Math.min(Math.max(y, 0), 1))];
}

/** The camera that fits `points` in the visible part of a `width` × `height` map. */
export function frameCamera(points: readonly LonLat[], width: number, height: number, o: FrameOptions = {}): Camera {
	const ins = o.insets ?? NO_INSETS;
	const pad = o.padding ?? framePadding(width, height);
	const w = Math.max(1, width - ins.left - ins.right - pad.left - pad.right);
	const h = Math.max(1, height - ins.top - ins.bottom - pad.top - pad.bottom);
	const cam = fitZoom(boundsOf(points), w, h, 0);
	const zoom = round(Math.max(o.minZoom ?? 0, Math.min(cam.zoom, o.maxZoom ?? 8)));
	// The fitted box's centre goes to the centre of the visible, padded area.
	const cx = ins.left + pad.left + w / 2, cy = ins.top + pad.top + h / 2;
	return { center: shift(cam.center, zoom, width / 2 - cx, height / 2 - cy), zoom };
}

/** Where `p` falls in a `width` × `height` map with this camera, px. */
export function screenOf(camera: Camera, width: number, height: number, p: LonLat): [number, number] {
	const world = TILE_SIZE * 2 ** camera.zoom;
	let dx = mercatorX(p[0]) - mercatorX(camera.center[0]);
	// The copy of the world nearest the centre.
	dx -= Math.round(dx);
	return [width / 2 + dx * world, height / 2 + (mercatorY(p[1]) - mercatorY(camera.center[1])) * world];
}

/**
 * The least camera move that shows `points` inside the visible part: the same camera when
 * they are all there already, a pan when they fit at this zoom, else the fit (never closer
 * than `maxZoom`, never closer than the reader was unless `zoomIn`).
 */
export function revealCamera(camera: Camera, points: readonly LonLat[], width: number, height: number, o: FrameOptions & { zoomIn?: boolean } = {}): Camera {
	if (!points.length || width <= 0 || height <= 0) return camera;
	const ins = o.insets ?? NO_INSETS;
	const margin = 24;
	const inside = (c: Camera) =>
		points.every((p) => {
			const [x, y] = screenOf(c, width, height, p);
			return x >= ins.left + margin && x <= width - ins.right - margin && y >= ins.top + margin && y <= height - ins.bottom - margin;
		});
	if (inside(camera) && !o.zoomIn) return camera;
	const fitted = frameCamera(points, width, height, { ...o, maxZoom: Math.min(o.maxZoom ?? 8, o.zoomIn ? (o.maxZoom ?? 8) : camera.zoom) });
	return fitted;
}

function round(z: number): number {
	return Math.round(z * 100) / 100;
}

/** The places a story's events touch, weighted by how many. */
export function weightedPlaces(story: { places: ReadonlyArray<{ id: string; coordinates: LonLat }> }, eventsAt: (id: string) => number): WeightedPlace[] {
	return story.places.map((p) => ({ id: p.id, at: p.coordinates, weight: eventsAt(p.id) }));
}

/**
 * The smallest map a story is shown in (an embed in a phone's column, less its timeline): a
 * camera that holds the story's focus there holds it in every larger box, centred as the
 * embed's poster is. Posters and embeds start from it; the story page frames its own box.
 */
export const SMALLEST_MAP = { width: 360, height: 520 } as const;

export function storyCamera(places: readonly WeightedPlace[], fallback: Camera & { fit?: readonly string[] }, focus?: Focus): Camera {
	// `focus`: storyFocus of the same places, where the caller has it (its clustering is the
	// costly part, and the story page reads both on hydration).
	const { fit } = focus ?? storyFocus(places, fallback.fit);
	if (!fit.length) return fallback;
	return frameCamera(
		fit.map((p) => p.at),
		SMALLEST_MAP.width,
		SMALLEST_MAP.height,
		{ maxZoom: 6 }
	);
}
