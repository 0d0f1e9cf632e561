/**
 * The hit rule (./pick.ts) at the edges of what is drawn: a muted or planned meeting circle is
 * reached from every point of its picture, its outline included, whatever lines arrive at it;
 * and a click is picked where its press was, not at the click's whole-pixel coordinates.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mercatorProjector } from '$lib/geo/mercator';
import { indexStory } from '$lib/story/model';
import type { Story } from '$lib/story/schema';
import { buildMarks } from './marks';
import { affineOf, buildCanvasMarks, geometryOf, Look } from './canvas';
import { listenForPicks, pickAt, type Picked } from './pick';

const story: Story = JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8'));
const drawing = buildCanvasMarks(buildMarks(indexStory(story)));
// The fifth scene's camera on a 1920×1080 screen (the map box 1240×838, marks at scale 1.4): the
// planned travels to Kyiv arrive at the Kyiv summit's circle, the Riyadh meetings touch.
const project = mercatorProjector({ center: [41.139, 38.3744], zoom: 3.79 }, 1240, 838);
const SCALE = 1.4;
const meetings = drawing.items.filter((it) => it.kind === 'meeting');

describe('pickAt: muted and planned meetings', () => {
	for (const [name, look] of [['faded outside the time window', Look.Faded], ['dimmed by a scene', Look.Dimmed], ['in full colour', Look.Normal]] as const) {
		it(`lists a meeting ${name} from every point of its drawn circle and outline`, () => {
			const looks = new Uint8Array(drawing.items.length).fill(look);
			const a = affineOf(project);
			const misses: string[] = [];
			let n = 0;
			for (const it of meetings) {
				const g = geometryOf(it, a, project, SCALE, true);
				const c = g.centre!;
				// The fill's edge and the outline's outer edge (half of 2.5 px for a planned one).
				const rim = Math.max(g.r, 12);
				for (const d of [rim - 0.2, g.r + (it.happened ? 0.7 : 1.2)]) {
					for (let k = 0; k < 32; k++) {
						const x = c[0] + d * Math.cos((k * Math.PI) / 16), y = c[1] + d * Math.sin((k * Math.PI) / 16);
						if (x < 0 || y < 0 || x > 1240 || y > 838) continue;
						n++;
						const got = pickAt(x, y, drawing, looks, [], project, { scale: SCALE });
						if (!got.some((p) => p.id === it.id)) misses.push(`${it.id} @${x.toFixed(1)},${y.toFixed(1)} got ${got.map((p) => p.id).join('|') || 'nothing'}`);
					}
				}
			}
			expect(n).toBeGreaterThan(200);
			expect(misses).toEqual([]);
		});
	}

	it('the Kyiv summit, muted, is listed with the planned travel whose arrow ends at its edge', () => {
		const looks = new Uint8Array(drawing.items.length).fill(Look.Faded);
		const summit = drawing.items.find((it) => it.id === 'kyiv-summit-2025-02-24')!;
		const g = geometryOf(summit, affineOf(project), project, SCALE, true);
		// Up and left of its centre, where the travel from Poland arrives: on the fill's edge.
		const d = g.r - 0.1;
		const got = pickAt(g.centre![0] - d * Math.SQRT1_2, g.centre![1] - d * Math.SQRT1_2, drawing, looks, [], project, { scale: SCALE }).map((p) => p.id);
		expect(got).toContain(summit.id);
		// Symbols first: the circle leads the chooser, the line under it follows.
		expect(got[0]).toBe(summit.id);
	});

	it('a point clear of every shape is not made a hit by the outline allowance', () => {
		const looks = new Uint8Array(drawing.items.length).fill(Look.Faded);
		const lone = drawing.items.find((it) => it.id === 'kyiv-summit-2025-02-24')!;
		const g = geometryOf(lone, affineOf(project), project, SCALE, true);
		// 30 px right of the summit's centre: beyond its circle and its outline.
		const got = pickAt(g.centre![0] + Math.max(g.r, 12) + 18, g.centre![1], drawing, looks, [], project, { scale: SCALE });
		expect(got.some((p) => p.id === lone.id)).toBe(false);
	});
});

describe('listenForPicks', () => {
	/** A host element's listeners, called as the browser would, in the capture phase. */
	function fakeHost() {
		const on = new Map<string, (e: unknown) => void>();
		const host = {
			addEventListener: (type: string, f: (e: unknown) => void) => on.set(type, f),
			removeEventListener: (type: string) => on.delete(type),
			getBoundingClientRect: () => ({ left: 0, top: 154.359375 })
		} as unknown as HTMLElement;
		const target = { closest: () => null };
		const event = (o: object) => ({ target, stopPropagation() {}, preventDefault() {}, ...o });
		return { host, on, event };
	}

	it('picks where the press was: a click carries whole pixels, its pointerdown does not', () => {
		const { host, on, event } = fakeHost();
		const asked: [number, number, boolean][] = [];
		const picked: Picked[][] = [];
		listenForPicks(host, (x, y, touch) => (asked.push([x, y, touch]), [{ type: 'event', id: 'e' }]), (p) => picked.push(p));
		on.get('pointerdown')!(event({ clientX: 402.7, clientY: 245.66, pointerType: 'touch' }));
		on.get('click')!(event({ clientX: 402, clientY: 245, detail: 1 }));
		expect(asked).toHaveLength(1);
		expect(asked[0]![0]).toBeCloseTo(402.7, 5);
		expect(asked[0]![1]).toBeCloseTo(245.66 - 154.359375, 5);
		expect(asked[0]![2]).toBe(true);
		expect(picked).toEqual([[{ type: 'event', id: 'e' }]]);
	});

	it('a drag is not a pick, and a keyboard click (no press) picks at its own point', () => {
		const { host, on, event } = fakeHost();
		const asked: [number, number, boolean][] = [];
		listenForPicks(host, (x, y, touch) => (asked.push([x, y, touch]), []), () => {});
		on.get('pointerdown')!(event({ clientX: 100, clientY: 300, pointerType: 'mouse' }));
		on.get('click')!(event({ clientX: 140, clientY: 300, detail: 1 }));
		expect(asked).toEqual([]);
		// The press was used up by the drag: a later keyboard click is its own.
		on.get('click')!(event({ clientX: 120, clientY: 254.359375, detail: 0 }));
		expect(asked).toEqual([[120, 100, false]]);
	});
});
