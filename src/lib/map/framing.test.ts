import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexStory } from '$lib/story/model';
import type { Story } from '$lib/story/schema';
import { edgePoint, frameCamera, revealCamera, screenOf, storyCamera, storyFocus, visibleInsets, weightedPlaces, SMALLEST_MAP } from './framing';

const story: Story = JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8'));
const index = indexStory(story);
const places = weightedPlaces(story, (id) => index.eventsByPlace.get(id)?.length ?? 0);
const at = (id: string) => story.places.find((p) => p.id === id)!.coordinates;
const STORY_PLACES = ['riyadh', 'paris', 'ankara', 'kursk', 'kyiv', 'moscow'];

describe('storyFocus', () => {
	it('keeps the story (Riyadh to Paris to Moscow) and leaves the far clusters (Washington, Pyongyang) to edge markers', () => {
		const f = storyFocus(places);
		const ids = f.fit.map((p) => p.id);
		for (const id of STORY_PLACES) expect(ids).toContain(id);
		expect(ids).not.toContain('washington');
		expect(ids).not.toContain('pyongyang');
		expect(f.far.map((p) => p.id).sort()).toEqual(['north-korea-country', 'washington']);
	});
	it('takes a named focus as it is', () => {
		expect(storyFocus(places, ['kyiv', 'moscow']).fit.map((p) => p.id)).toEqual(['moscow', 'kyiv']);
	});
	it('keeps everything when nothing is far', () => {
		const near = places.filter((p) => ['paris', 'brussels', 'london'].includes(p.id));
		expect(storyFocus(near).fit).toHaveLength(3);
		expect(storyFocus(near).far).toEqual([]);
	});
});

describe('frameCamera', () => {
	const inside = (cam: ReturnType<typeof frameCamera>, w: number, h: number, ins = { top: 0, right: 0, bottom: 0, left: 0 }) =>
		STORY_PLACES.every((id) => {
			const [x, y] = screenOf(cam, w, h, at(id));
			return x >= ins.left && x <= w - ins.right && y >= ins.top && y <= h - ins.bottom;
		});
	const fit = storyFocus(places).fit.map((p) => p.at);
	for (const [w, h] of [[375, 500], [1280, 600], [1920, 900], [640, 420], [375, 540]] as const)
		it(`fits the story's places in ${w}×${h}`, () => expect(inside(frameCamera(fit, w, h), w, h)).toBe(true));
	it('fits them in the part the bottom sheet leaves', () => {
		const ins = visibleInsets(375, 560, [{ left: 0, top: 250, right: 375, bottom: 560 }]);
		expect(ins.bottom).toBe(310);
		expect(inside(frameCamera(fit, 375, 560, { insets: ins }), 375, 560, ins)).toBe(true);
	});
	it('takes a key in a corner off the side that costs less map', () => {
		expect(visibleInsets(1000, 600, [{ left: 10, top: 400, right: 210, bottom: 590 }])).toEqual({ top: 0, right: 0, bottom: 0, left: 210 });
		expect(visibleInsets(1000, 600, [{ left: 0, top: 540, right: 800, bottom: 600 }])).toEqual({ top: 0, right: 0, bottom: 60, left: 0 });
	});
	it('the story camera holds the story in the smallest map, hence in every larger one centred on it', () => {
		const cam = storyCamera(places, story.camera);
		expect(inside(cam, SMALLEST_MAP.width, SMALLEST_MAP.height)).toBe(true);
		expect(inside(cam, 640, 440)).toBe(true);
	});
	it('a story that names its own focus (camera.fit) is framed on those places, the rest marked at the edge', () => {
		const named = { ...story.camera, fit: ['kyiv', 'moscow'] };
		const cam = storyCamera(places, named);
		const { width: w, height: h } = SMALLEST_MAP;
		const on = (id: string) => {
			const [x, y] = screenOf(cam, w, h, at(id));
			return x > 0 && x < w && y > 0 && y < h;
		};
		expect(on('kyiv') && on('moscow')).toBe(true);
		// Closer in than the story's own framing, which has to hold Riyadh and Paris too…
		expect(cam.zoom).toBeGreaterThan(storyCamera(places, story.camera).zoom + 1);
		// …so Riyadh is off this view; each cluster left out gets an edge marker.
		expect(on('riyadh')).toBe(false);
		const far = storyFocus(places, named.fit).far.map((p) => p.id);
		expect(far).toContain('washington');
		expect(far.length).toBeGreaterThan(1);
		expect(far).not.toContain('kyiv');
		expect(far).not.toContain('moscow');
	});
	it('across the antimeridian the box stays small', () => {
		const cam = frameCamera([[178, -18], [-172, -14]], 800, 600);
		expect(cam.zoom).toBeGreaterThan(4);
		expect(Math.abs(cam.center[0])).toBeGreaterThan(170);
	});
});

describe('revealCamera', () => {
	const cam = { center: [38, 44] as [number, number], zoom: 4 };
	it('leaves the camera alone when the places are in view', () => expect(revealCamera(cam, [at('kyiv')], 1000, 700)).toBe(cam));
	it('brings far places in, zooming out no more than needed', () => {
		const next = revealCamera(cam, [at('moscow'), at('washington')], 1000, 700);
		for (const id of ['moscow', 'washington']) {
			const [x, y] = screenOf(next, 1000, 700, at(id));
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(1000);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(700);
		}
		expect(next.zoom).toBeLessThan(4);
	});
	it('keeps a place found on a phone out from under the bottom sheet', () => {
		const ins = { top: 0, right: 0, bottom: 320, left: 0 };
		const next = revealCamera(cam, [at('riyadh')], 375, 600, { insets: ins });
		const [, y] = screenOf(next, 375, 600, at('riyadh'));
		expect(y).toBeLessThan(600 - 320);
	});
});

describe('edgePoint', () => {
	it('puts a far place on the edge of the inset box, on the ray from the centre, and none for a place in view', () => {
		expect(edgePoint(500, 300, 1000, 600)).toBeNull();
		// On the map, under the key: no marker (it would sit over the place's marks).
		expect(edgePoint(100, 300, 1000, 600, { top: 0, right: 0, bottom: 0, left: 280 })).toBeNull();
		// Straight left: on the left inset edge, at the centre's height.
		expect(edgePoint(-400, 300, 1000, 600)).toEqual([18, 300]);
		// Up and left, steeper than the box's diagonal: on the top edge.
		const [x, y] = edgePoint(300, -1000, 1000, 600)!;
		expect(y).toBeCloseTo(18);
		expect((x - 500) / (y - 300)).toBeCloseTo((300 - 500) / (-1000 - 300));
		// A key over the left side: the marker stands right of it.
		expect(edgePoint(-400, 300, 1000, 600, { top: 0, right: 0, bottom: 0, left: 280 })).toEqual([298, 300]);
	});
});
