import { describe, expect, it } from 'vitest';
import { arrivalStub, bendLine, endAngle, midpoint, pathOf, trimLineEnd, trimToView } from './screen';
import type { LonLat, Point } from './mercator';

describe('bendLine', () => {
	const straight: Point[] = [[0, 0], [50, 0], [100, 0]];
	it('keeps the ends and bends the middle to the left of travel', () => {
		const b = bendLine(straight, 0.2);
		expect(b[0]).toEqual([0, 0]);
		expect(b[2]![0]).toBeCloseTo(100);
		expect(b[2]![1]).toBeCloseTo(0);
		expect(b[1]![1]).toBeCloseTo(-20); // screen y grows down: left of eastward travel is up
	});
	it('bends A→B and B→A to opposite sides', () => {
		const ab = bendLine(straight, 0.2)[1]!;
		const ba = bendLine([...straight].reverse(), 0.2)[1]!;
		expect(Math.sign(ab[1])).toBe(-Math.sign(ba[1]));
	});
	it('does not mutate its input', () => {
		const input: Point[] = [[0, 0], [10, 10]];
		bendLine(input);
		expect(input).toEqual([[0, 0], [10, 10]]);
	});
});

describe('small helpers', () => {
	it.each([
		[[[0, 0], [10, 0]] as Point[], 0],
		[[[0, 0], [0, 10]] as Point[], 90],
		[[[0, 0], [-10, 0]] as Point[], 180]
	])('endAngle %j = %d°', (pts, deg) => expect(endAngle(pts)).toBeCloseTo(deg));
	it('midpoint by length', () => expect(midpoint([[0, 0], [10, 0], [10, 30]])).toEqual([10, 10]));
	it('trimLineEnd cuts pixels off the end', () => {
		const t = trimLineEnd([[0, 0], [10, 0], [20, 0]], 15);
		expect(t).toEqual([[0, 0], [5, 0]]);
	});
	it('pathOf skips points that did not project', () => expect(pathOf([[0, 0], [NaN, 1], [1.26, 2]])).toBe('M0,0L1.3,2'));
});

describe('arrivalStub', () => {
	it('ends just short of the place and comes from the upper left', () => {
		const [from, to] = arrivalStub([100, 100], 0, 1, 30, 5);
		expect(Math.hypot(to![0] - 100, to![1] - 100)).toBeCloseTo(5);
		expect(from![0]).toBeLessThan(100);
		expect(from![1]).toBeLessThan(100);
	});
	it('fans several arrivals apart', () => {
		const a = arrivalStub([0, 0], 0, 2)[0]!;
		const b = arrivalStub([0, 0], 1, 2)[0]!;
		expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(20);
	});
});

describe('pathOf in whole pixels', () => {
	it('writes rounded relative steps that land where the rounded points are', () => {
		const pts: Point[] = [[10.4, 20.6], [15.2, 18.4], [15.4, 18.3], [NaN, 1], [9.6, 30.5]];
		expect(pathOf(pts, true)).toBe('M10 21l5-3-5 13');
	});
	it('keeps a single point a move', () => {
		expect(pathOf([[1.2, 2.7]], true)).toBe('M1 3');
	});
});

describe('trimToView', () => {
	// A line from far left of a 100 × 100 view, through it, to far right: 10 px steps.
	const line: Point[] = Array.from({ length: 101 }, (_, i) => [-400 + 10 * i, 50]);
	it('keeps what can show, with the length cut from the start', () => {
		const { points, skipped } = trimToView(line, 100, 100, 20);
		// Kept: from the last segment before -20 to the first after 120.
		expect(points[0]).toEqual([-30, 50]);
		expect(points[points.length - 1]).toEqual([130, 50]);
		expect(skipped).toBeCloseTo(370, 9);
		// The dash pattern stays put: the kept line starts `skipped` along the whole one.
		expect(line[0]![0] + skipped).toBe(points[0]![0]);
	});
	it('keeps every segment between the first and the last that meet the view', () => {
		// In, out above, and in again: the part outside between is kept (one path, one dash phase).
		const zigzag: Point[] = [[-50, 50], [50, 50], [50, -500], [60, -500], [60, 50], [200, 50]];
		const { points, skipped } = trimToView(zigzag, 100, 100, 0);
		expect(points).toEqual(zigzag);
		expect(skipped).toBe(0);
	});
	it('draws nothing for a line wholly outside, and everything without a view size', () => {
		expect(trimToView([[-500, -500], [-400, -450]], 100, 100, 20)).toEqual({ points: [], skipped: 0 });
		expect(trimToView(line, 0, 0, 20).points).toHaveLength(line.length);
	});
	it('skips points that did not project', () => {
		const broken: Point[] = [[NaN, NaN], [-300, 50], [-200, 50], [50, 50], [60, 50]];
		const { points, skipped } = trimToView(broken, 100, 100, 0);
		expect(points[0]).toEqual([-200, 50]);
		expect(skipped).toBe(100);
	});
});

