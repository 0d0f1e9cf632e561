import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webMercator } from '$lib/map/d3-projection';
import { eventPlaces, eventWindow } from '$lib/story/model';
import { story as storySchema } from '$lib/story/schema';
import {
	announcement,
	channelName,
	formatElapsed,
	keyAction,
	parseScene,
	readSyncMessage,
	sceneCamera,
	scenePlaces,
	swipeDirection
} from './scenes';

const STORY = storySchema.parse(JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8')));

describe('scene cameras', () => {
	it('uses centre and zoom when there is nothing to fit', () => {
		const cam = sceneCamera({ id: 'a', title: 't', narrative: 'n', camera: { center: [10, 20], zoom: 4 }, highlight: [] }, STORY, 800, 600);
		expect(cam).toEqual({ center: [10, 20], zoom: 4 });
	});

	it('fits the listed places and zooms in no further than the basemap allows', () => {
		const cam = sceneCamera({ id: 'a', title: 't', narrative: 'n', camera: { fit: ['riyadh', 'diriyah-palace'] }, highlight: [] }, STORY, 800, 600);
		expect(cam.zoom).toBe(6);
		// Both places sit a little left of centre, leaving room for their labels on the right.
		const proj = webMercator(cam, 800, 600);
		for (const id of ['riyadh', 'diriyah-palace']) {
			const [x] = proj(STORY.places.find((p) => p.id === id)!.coordinates as [number, number])!;
			expect(x).toBeGreaterThan(340);
			expect(x).toBeLessThan(400);
		}
	});

	it('frames the places of its highlighted events with those it names, not only the named ones', () => {
		const call = STORY.events.find((e) => e.id === 'putin-trump-call-2025-02-12')!;
		const scene = { id: 'a', title: 't', narrative: 'n', camera: { fit: ['paris'] }, highlight: [call.id] };
		expect(scenePlaces(scene, STORY).sort()).toEqual(['moscow', 'paris', 'washington']);
		// Highlights alone frame the scene; a scene that sets its own centre keeps it.
		expect(scenePlaces({ ...scene, camera: {} }, STORY).sort()).toEqual(['moscow', 'washington']);
		expect(scenePlaces({ ...scene, camera: { center: [10, 20], zoom: 4 } }, STORY)).toEqual([]);
		const proj = webMercator(sceneCamera(scene, STORY, 800, 600), 800, 600);
		for (const id of ['moscow', 'paris', 'washington']) {
			const [x, y] = proj(STORY.places.find((p) => p.id === id)!.coordinates as [number, number])!;
			expect(x >= 0 && x <= 800 && y >= 0 && y <= 600, id).toBe(true);
		}
	});

	// A scene that highlights an event the audience cannot see (Wang Yi at the UN in a view of
	// Riyadh and Moscow) teaches the wrong thing: every highlighted mark must be on screen.
	for (const [w, h] of [
		[1240, 1080],
		[830, 720],
		[375, 380]
	] as const) {
		it(`shows every place of every highlighted event in the flagship's scenes (${w}×${h} map)`, () => {
			const places = new Map(STORY.places.map((p) => [p.id, p]));
			const events = new Map(STORY.events.map((e) => [e.id, e]));
			for (const sc of STORY.scenes) {
				const proj = webMercator(sceneCamera(sc, STORY, w, h), w, h);
				for (const id of sc.highlight) {
					for (const pid of eventPlaces(events.get(id)!)) {
						const [x, y] = proj(places.get(pid)!.coordinates as [number, number])!;
						expect(x >= 0 && x <= w && y >= 0 && y <= h, `${sc.id}: ${id} at ${pid} (${x.toFixed(0)}, ${y.toFixed(0)})`).toBe(true);
					}
				}
			}
		});
	}

	it('fits the places a scene names beside the key, when the key covers the map\'s left', () => {
		const [w, h, left] = [1248, 1080, 312];
		const places = new Map(STORY.places.map((p) => [p.id, p]));
		for (const sc of STORY.scenes) {
			const proj = webMercator(sceneCamera(sc, STORY, w, h, left), w, h);
			for (const pid of sc.camera.fit ?? []) {
				const [x, y] = proj(places.get(pid)!.coordinates as [number, number])!;
				expect(x >= left && x <= w && y >= 0 && y <= h, `${sc.id}: ${pid} at (${x.toFixed(0)}, ${y.toFixed(0)})`).toBe(true);
			}
		}
	});

	it('keeps the flagship scenes in order, with their highlighted events inside their windows', () => {
		expect(STORY.scenes.length).toBeGreaterThanOrEqual(8);
		expect(STORY.scenes.length).toBeLessThanOrEqual(12);
		const events = new Map(STORY.events.map((e) => [e.id, e]));
		for (const sc of STORY.scenes) {
			expect(sc.highlight.length, sc.id).toBeGreaterThan(0);
			if (!sc.window) continue;
			for (const id of sc.highlight) {
				const ew = eventWindow(events.get(id)!);
				if (ew) expect(ew.start <= sc.window.end && ew.end >= sc.window.start, `${sc.id}: ${id}`).toBe(true);
			}
		}
	});
});

describe('scene URL parameter', () => {
	it('counts from 1 and falls back to the first scene', () => {
		expect(parseScene('3', 10)).toBe(2);
		expect(parseScene('1', 10)).toBe(0);
		expect(parseScene('99', 10)).toBe(9);
		expect(parseScene('0', 10)).toBe(0);
		expect(parseScene(null, 10)).toBe(0);
		expect(parseScene('2abc', 10)).toBe(0);
		expect(parseScene('-1', 10)).toBe(0);
		expect(parseScene('4', 0)).toBe(0);
	});
});

describe('keys', () => {
	it('maps keyboard and clicker keys', () => {
		for (const k of ['ArrowRight', 'PageDown', ' ', 'ArrowDown']) expect(keyAction(k, '', 10)).toEqual({ type: 'next' });
		for (const k of ['ArrowLeft', 'PageUp', 'ArrowUp']) expect(keyAction(k, '', 10)).toEqual({ type: 'prev' });
		expect(keyAction('Home', '', 10)).toEqual({ type: 'first' });
		expect(keyAction('End', '', 10)).toEqual({ type: 'last' });
		expect(keyAction('f', '', 10)).toEqual({ type: 'fullscreen' });
		expect(keyAction('Escape', '', 10)).toEqual({ type: 'exit' });
		expect(keyAction('x', '', 10)).toBeNull();
	});

	it('jumps with digits then Enter', () => {
		expect(keyAction('1', '', 10)).toEqual({ type: 'digit', digits: '1' });
		expect(keyAction('2', '1', 10)).toEqual({ type: 'digit', digits: '12' });
		expect(keyAction('Enter', '4', 10)).toEqual({ type: 'goto', index: 3 });
		expect(keyAction('Enter', '12', 10)).toEqual({ type: 'goto', index: 9 });
		expect(keyAction('Enter', '', 10)).toBeNull();
		expect(keyAction('Backspace', '12', 10)).toEqual({ type: 'digit', digits: '1' });
		expect(keyAction('Backspace', '', 10)).toEqual({ type: 'prev' });
	});
});

describe('sync messages', () => {
	const slug = 'riyadh-talks-2025';
	it('accepts our messages for this story only', () => {
		expect(readSyncMessage({ app: 'newsmap-present', slug, from: 'a', type: 'scene', index: 3 }, slug, 10)).toEqual({
			app: 'newsmap-present',
			slug,
			from: 'a',
			type: 'scene',
			index: 3
		});
		expect(readSyncMessage({ app: 'newsmap-present', slug, from: 'a', type: 'hello' }, slug, 10)?.type).toBe('hello');
	});
	it('rejects anything else', () => {
		for (const bad of [
			null,
			'scene 3',
			{ app: 'other', slug, from: 'a', type: 'scene', index: 3 },
			{ app: 'newsmap-present', slug: 'other', from: 'a', type: 'scene', index: 3 },
			{ app: 'newsmap-present', slug, from: 'a', type: 'scene', index: 10 },
			{ app: 'newsmap-present', slug, from: 'a', type: 'scene', index: 1.5 },
			{ app: 'newsmap-present', slug, from: 'a', type: 'scene', index: '3' },
			{ app: 'newsmap-present', slug, type: 'scene', index: 3 },
			{ app: 'newsmap-present', slug, from: 'a', type: 'drop-tables' }
		]) {
			expect(readSyncMessage(bad, slug, 10)).toBeNull();
		}
		expect(channelName(slug)).toBe('newsmap-present:riyadh-talks-2025');
	});
});

describe('small helpers', () => {
	it('announces the scene number, title and narrative', () => {
		expect(announcement(STORY.scenes[1]!, 1, 10)).toMatch(/^Scene 2 of 10: 12 February/);
	});
	it('formats the timer', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(65_000)).toBe('1:05');
		expect(formatElapsed(3_725_000)).toBe('1:02:05');
	});
	it('tells a swipe from a tap or a scroll', () => {
		expect(swipeDirection(-120, 10, 200)).toBe(1);
		expect(swipeDirection(120, 10, 200)).toBe(-1);
		expect(swipeDirection(10, 0, 100)).toBe(0);
		expect(swipeDirection(-80, 120, 200)).toBe(0);
		expect(swipeDirection(-200, 0, 2000)).toBe(0);
	});
});
