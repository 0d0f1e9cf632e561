/**
 * Presentation logic as pure functions: where a scene's camera goes, which key does what,
 * how the scene sits in the URL, and what the presenter and audience windows say to each
 * other. The Svelte components only wire these to the page.
 */
import { fitZoom, TILE_SIZE, type Camera, type LonLat } from '$lib/geo/mercator';
import { boundsOf } from '$lib/geo/bounds';
import type { Scene, Story } from '$lib/story/schema';
import { eventPlaces } from '$lib/story/model';
import { present_announcement } from '$lib/paraglide/messages';

/** Close enough for a country-sized fit; further in, the basemap (Natural Earth 1:50m) runs out of detail. */
export const MAX_SCENE_ZOOM = 6;

/** Room around fitted places, in pixels, so marks and their labels are not cut at the edge. */
export function scenePadding(width: number, height: number): number {
	return Math.round(Math.max(24, Math.min(width, height) * 0.1));
}

/**
 * The places a scene frames: those its camera names, and every place of the events it
 * highlights (what the scene is about must be in view). A scene that sets its own centre
 * (and names no places) keeps it.
 */
export function scenePlaces(scene: Scene, story: Pick<Story, 'events'>): string[] {
	if (!scene.camera.fit && scene.camera.center) return [];
	const highlighted = new Set(scene.highlight);
	const ids = new Set(scene.camera.fit ?? []);
	for (const e of story.events ?? []) if (highlighted.has(e.id)) for (const id of eventPlaces(e)) ids.add(id);
	return [...ids];
}

/**
 * The camera that shows a scene in a `width` × `height` map: its centre and zoom, or its places
 * fitted. `left` px of the map are covered (the presentation's key): places are fitted to the rest.
 */
export function sceneCamera(scene: Scene, story: Pick<Story, 'places' | 'camera' | 'events'>, width: number, height: number, left = 0): Camera {
	const fit = scenePlaces(scene, story);
	const coords: LonLat[] = fit.flatMap((id) => {
		const p = story.places.find((pl) => pl.id === id);
		return p ? [p.coordinates] : [];
	});
	const inset = Math.max(0, Math.min(left, width * 0.35));
	if (coords.length > 0 && width - inset > 0 && height > 0) {
		const w = width - inset;
		// Labels sit to the right of their dots: fit the places a little left of centre.
		const labelRoom = Math.round(Math.max(40, w * 0.08));
		const cam = fitZoom(boundsOf(coords), w - labelRoom, height, scenePadding(w, height));
		const zoom = round(Math.min(cam.zoom, MAX_SCENE_ZOOM));
		const degreesPerPixel = 360 / (TILE_SIZE * 2 ** zoom);
		// The fitted centre sits mid-way across the uncovered part, which is right of the map's middle.
		return { center: [cam.center[0] + ((labelRoom - inset) / 2) * degreesPerPixel, cam.center[1]], zoom };
	}
	const center = scene.camera.center ?? story.camera.center;
	return { center, zoom: scene.camera.zoom ?? story.camera.zoom, ...(scene.camera.bearing ? { bearing: scene.camera.bearing } : {}) };
}

function round(z: number): number {
	return Math.round(z * 100) / 100;
}

/** `?scene=3` is the third scene, counted from 1 as a room counts slides; anything else opens the first. */
export function parseScene(value: string | null | undefined, count: number): number {
	if (!value || !/^\d{1,3}$/.test(value) || count === 0) return 0;
	return Math.min(Math.max(Number(value), 1), count) - 1;
}

export function clampScene(i: number, count: number): number {
	return Math.min(Math.max(i, 0), Math.max(count - 1, 0));
}

export type KeyAction =
	| { type: 'next' }
	| { type: 'prev' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'goto'; index: number }
	| { type: 'digit'; digits: string }
	| { type: 'fullscreen' }
	| { type: 'contrast' }
	| { type: 'exit' };

/**
 * What a key does, given the digits typed so far. Clickers send PageDown/PageUp (some send
 * arrows or B for a blank screen, which we leave alone); `typed` lets "1", "2", Enter jump
 * to scene 12.
 */
export function keyAction(key: string, typed: string, count: number): KeyAction | null {
	if (/^\d$/.test(key)) return { type: 'digit', digits: (typed + key).slice(-3) };
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case ' ':
		case 'Spacebar':
			return { type: 'next' };
		case 'Backspace':
			return typed ? { type: 'digit', digits: typed.slice(0, -1) } : { type: 'prev' };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return { type: 'prev' };
		case 'Home':
			return { type: 'first' };
		case 'End':
			return { type: 'last' };
		case 'Enter':
			return typed ? { type: 'goto', index: clampScene(Number(typed) - 1, count) } : null;
		case 'f':
		case 'F':
			return { type: 'fullscreen' };
		case 'c':
		case 'C':
			return { type: 'contrast' };
		case 'Escape':
			return { type: 'exit' };
		default:
			return null;
	}
}

/**
 * What the presenter and audience windows send each other on a BroadcastChannel. `from`
 * tells a window its own echo apart (a channel does not deliver to its sender, but two tabs
 * of the same view might both listen); `hello` asks the others for the current scene.
 */
export type SyncMessage =
	| { app: 'newsmap-present'; slug: string; from: string; type: 'scene'; index: number }
	| { app: 'newsmap-present'; slug: string; from: string; type: 'hello' };

export const channelName = (slug: string) => `newsmap-present:${slug}`;

/** Whether a message from the channel is one of ours, for this story, with a scene that exists. */
export function readSyncMessage(data: unknown, slug: string, count: number): SyncMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (m.app !== 'newsmap-present' || m.slug !== slug || typeof m.from !== 'string') return null;
	if (m.type === 'hello') return { app: 'newsmap-present', slug, from: m.from, type: 'hello' };
	if (m.type === 'scene' && typeof m.index === 'number' && Number.isInteger(m.index) && m.index >= 0 && m.index < count) {
		return { app: 'newsmap-present', slug, from: m.from, type: 'scene', index: m.index };
	}
	return null;
}

/** What the live region reads out when a scene opens. */
export function announcement(scene: Scene, i: number, count: number): string {
	return present_announcement({ number: i + 1, count, title: scene.title, narrative: scene.narrative });
}

/** "4:05" or "1:02:09": the presenter's timer. */
export function formatElapsed(ms: number): string {
	const s = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	const ss = String(s % 60).padStart(2, '0');
	return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A horizontal swipe, long and flat enough not to be a tap or a scroll: -1 back, 1 forward, 0 neither. */
export function swipeDirection(dx: number, dy: number, ms: number): -1 | 0 | 1 {
	if (ms > 800 || Math.abs(dx) < 50 || Math.abs(dx) < 1.5 * Math.abs(dy)) return 0;
	return dx < 0 ? 1 : -1;
}
