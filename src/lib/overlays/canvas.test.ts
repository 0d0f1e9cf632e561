import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mercatorProjector } from '$lib/geo/mercator';
import { indexStory } from '$lib/story/model';
import type { Story } from '$lib/story/schema';
import { buildMarks } from './marks';
import { affineOf, affineProject, buildCanvasMarks, cssTransform, geometryOf, Look } from './canvas';
import { pickAt } from './pick';
import { kindOf } from '$lib/kinds';

const story: Story = JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8'));
const drawing = buildCanvasMarks(buildMarks(indexStory(story)));
const project = mercatorProjector({ center: [40, 45], zoom: 3 }, 1200, 800);

describe('affineOf', () => {
	it('reads a plain Web Mercator as screen = t + s · mercator, and round-trips through affineProject', () => {
		const a = affineOf(project)!;
		expect(a).not.toBeNull();
		const again = affineProject(a);
		for (const p of [[46.7, 24.7], [-77, 38.9], [139.7, 35.7], [37.6, 55.75]] as const) {
			const [x, y] = project(p);
			const [u, v] = again(p);
			expect(Math.abs(x - u)).toBeLessThan(1e-6);
			expect(Math.abs(y - v)).toBeLessThan(1e-6);
		}
	});
	it('refuses a projection that is not one (the caller then projects point by point)', () => {
		const rotated = (p: readonly [number, number]): [number, number] => { const [x, y] = project(p); return [y, x]; };
		expect(affineOf(rotated)).toBeNull();
	});
});

describe('cssTransform', () => {
	/** Applies `translate(dx, dy) scale(k)` with its origin at 0 0, as the layers set it. */
	const apply = (css: string, [x, y]: [number, number]): [number, number] => {
		if (!css) return [x, y];
		const m = /^translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)$/.exec(css)!;
		expect(m).not.toBeNull();
		return [Number(m[1]) + Number(m[3]) * x, Number(m[2]) + Number(m[3]) * y];
	};
	it('carries a point laid out for one camera to where the other camera shows it', () => {
		const laid = affineOf(project)!;
		for (const camera of [{ center: [60, 30], zoom: 3 }, { center: [20, 50], zoom: 5.4 }, { center: [-100, -10], zoom: 1.2 }] as const) {
			const now = mercatorProjector({ center: [camera.center[0], camera.center[1]], zoom: camera.zoom }, 1200, 800);
			const css = cssTransform(laid, affineOf(now));
			for (const p of [[46.7, 24.7], [2.35, 48.86], [32.85, 39.93], [37.6, 55.75]] as const) {
				const [x, y] = apply(css, project(p));
				const [u, v] = now(p);
				expect(Math.abs(x - u)).toBeLessThan(1e-6);
				expect(Math.abs(y - v)).toBeLessThan(1e-6);
			}
		}
	});
	it('is empty for the same camera, and when either camera is not a plain Mercator', () => {
		const a = affineOf(project);
		expect(cssTransform(a, affineOf(mercatorProjector({ center: [40, 45], zoom: 3 }, 1200, 800)))).toBe('');
		expect(cssTransform(null, a)).toBe('');
		expect(cssTransform(a, null)).toBe('');
	});
});

describe('buildCanvasMarks, and the hit rule on its geometry', () => {
	const looks = new Uint8Array(drawing.items.length).fill(Look.Normal);
	const pick = (x: number, y: number, l = looks) => pickAt(x, y, drawing, l, [], project, { scale: 1 });
	it('has one item per event mark, with an index entry for each', () => {
		const marks = buildMarks(indexStory(story));
		expect(drawing.items.length).toBe(marks.events.length);
		expect(new Set(drawing.items.map((it) => it.id)).size).toBe(drawing.items.length);
		expect(drawing.byId.get(drawing.items[3]!.id)).toBe(3);
	});
	it('picks the symbol under the point, over the lines under it', () => {
		const a = affineOf(project);
		let n = 0;
		for (const it of drawing.items) {
			if (it.layer !== 2) continue;
			const g = geometryOf(it, a, project, 1, true);
			const got = pick(g.centre![0], g.centre![1]);
			// This meeting, listed (a chooser when others share the spot), and a symbol first.
			expect(got.map((p) => p.id)).toContain(it.id);
			const first = drawing.items[drawing.byId.get(got[0]!.id)!]!;
			expect(kindOf(first.kind).mark.symbol).toBeTruthy();
			n++;
		}
		expect(n).toBeGreaterThan(5);
	});
	it('ignores hidden items and empty sea', () => {
		const hidden = new Uint8Array(drawing.items.length).fill(Look.Hidden);
		const it = drawing.items.find((x) => x.layer === 2)!;
		const c = geometryOf(it, affineOf(project), project, 1, true).centre!;
		expect(pick(c[0], c[1], hidden)).toEqual([]);
		// The middle of the South Atlantic at this camera is far off any mark.
		const [x, y] = project([-20, -40]);
		expect(pick(x, y)).toEqual([]);
	});
});
