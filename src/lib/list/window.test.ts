import { describe, expect, it } from 'vitest';
import { keyTarget, RowHeights, segments, visibleRange, type Segment } from './window';

/** The plain O(n) sum that the Fenwick trees must agree with. */
const naiveOffset = (heights: (number | null)[], i: number, estimate: number) => heights.slice(0, i).reduce<number>((s, h) => s + (h ?? estimate), 0);

describe('RowHeights (measured and estimated row heights)', () => {
	it('counts every row at the caller’s guess before any is measured', () => {
		const r = new RowHeights(10, 30);
		expect(r.estimate).toBe(30);
		expect(r.offset(0)).toBe(0);
		expect(r.offset(4)).toBe(120);
		expect(r.total()).toBe(300);
		expect(r.indexAt(0)).toBe(0);
		expect(r.indexAt(29.9)).toBe(0);
		expect(r.indexAt(30)).toBe(1);
		expect(r.indexAt(1e9)).toBe(9);
		expect(r.indexAt(-5)).toBe(0);
	});

	it('counts unmeasured rows at the mean of the measured ones', () => {
		const r = new RowHeights(5, 30);
		r.set(1, 100);
		r.set(3, 60);
		expect(r.estimate).toBe(80);
		expect(r.height(0)).toBe(80);
		expect(r.height(1)).toBe(100);
		expect(r.offset(2)).toBe(180);
		expect(r.offset(4)).toBe(80 + 100 + 80 + 60);
		expect(r.total()).toBe(80 + 100 + 80 + 60 + 80);
		// Measured again (the window was resized): the sums follow, the count does not double.
		expect(r.set(1, 40)).toBe(true);
		expect(r.set(1, 40)).toBe(false);
		expect(r.estimate).toBe(50);
		expect(r.total()).toBe(50 + 40 + 50 + 60 + 50);
	});

	it('agrees with a plain sum, and finds the row at any height, over random measurements', () => {
		let seed = 7;
		const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		const n = 1000;
		const r = new RowHeights(n, 34);
		const heights: (number | null)[] = Array(n).fill(null);
		for (let k = 0; k < 600; k++) {
			const i = Math.floor(rand() * n);
			const h = 20 + Math.round(rand() * 140);
			heights[i] = h;
			r.set(i, h);
		}
		const measured = heights.filter((h): h is number => h !== null);
		const estimate = measured.reduce((s, h) => s + h, 0) / measured.length;
		expect(r.estimate).toBeCloseTo(estimate, 9);
		for (const i of [0, 1, 2, 17, 256, 511, 512, 999, 1000]) expect(r.offset(i)).toBeCloseTo(naiveOffset(heights, i, estimate), 6);
		for (let k = 0; k < 200; k++) {
			const y = rand() * r.total();
			const i = r.indexAt(y);
			expect(r.offset(i)).toBeLessThanOrEqual(y + 1e-6);
			expect(r.offset(i + 1)).toBeGreaterThan(y - 1e-6);
		}
	});

	it('ignores rows out of range and heights that are not numbers', () => {
		const r = new RowHeights(3, 10);
		expect(r.set(-1, 5)).toBe(false);
		expect(r.set(3, 5)).toBe(false);
		expect(r.set(0, NaN)).toBe(false);
		expect(r.total()).toBe(30);
		expect(new RowHeights(0, 10).indexAt(5)).toBe(-1);
	});
});

describe('visibleRange', () => {
	it('covers the viewport plus the overscan, clamped to the rows', () => {
		const r = new RowHeights(50_000, 40);
		expect(visibleRange(r, 0, 400, 5)).toEqual({ start: 0, end: 16 });
		expect(visibleRange(r, 4000, 400, 5)).toEqual({ start: 95, end: 116 });
		expect(visibleRange(r, r.total() - 400, 400, 5)).toEqual({ start: 49_985, end: 50_000 });
		expect(visibleRange(new RowHeights(0, 40), 0, 400, 5)).toEqual({ start: 0, end: 0 });
	});
	it('takes fewer rows where they are tall (a phone’s cards)', () => {
		const r = new RowHeights(100, 40);
		for (let i = 0; i < 100; i++) r.set(i, i < 10 ? 200 : 40);
		expect(visibleRange(r, 0, 400, 0)).toEqual({ start: 0, end: 3 });
		expect(visibleRange(r, 2000, 400, 0)).toEqual({ start: 10, end: 21 });
	});
});

describe('segments (rows and the gaps between them)', () => {
	const total = (segs: Segment[], r: RowHeights) => segs.reduce((s, x) => s + ('row' in x ? r.height(x.row) : x.height), 0);
	const rowsOf = (segs: Segment[]) => segs.flatMap((x) => ('row' in x ? [x.row] : []));
	const gapRows = (segs: Segment[]) => segs.reduce((s, x) => s + ('gap' in x ? x.gap : 0), 0);

	it('keeps the full height and accounts for every row once', () => {
		const r = new RowHeights(10_000, 36);
		r.set(5000, 90);
		const segs = segments(r, { start: 4990, end: 5010 }, []);
		expect(total(segs, r)).toBeCloseTo(r.total(), 6);
		expect(rowsOf(segs).length + gapRows(segs)).toBe(10_000);
		expect(segs[0]).toEqual({ gap: 4990, from: 0, height: r.offset(4990) });
		expect(segs.at(-1)).toEqual({ gap: 10_000 - 5010, from: 5010, height: r.total() - r.offset(5010) });
	});
	it('keeps the focused and the selected row wherever they are, in order', () => {
		const r = new RowHeights(1000, 30);
		const segs = segments(r, { start: 0, end: 10 }, [999, 500, 5, -1, 1000]);
		expect(rowsOf(segs)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 500, 999]);
		expect(segs.filter((x) => 'gap' in x)).toEqual([
			{ gap: 490, from: 10, height: 490 * 30 },
			{ gap: 498, from: 501, height: 498 * 30 }
		]);
		expect(total(segs, r)).toBe(r.total());
	});
	it('has no gap when every row is shown', () => {
		const r = new RowHeights(3, 30);
		expect(segments(r, { start: 0, end: 3 }, [])).toEqual([{ row: 0 }, { row: 1 }, { row: 2 }]);
	});
});

describe('keyTarget (keyboard moves through the rows)', () => {
	it('moves by one, by a page, to either end, clamped', () => {
		expect(keyTarget('ArrowDown', 0, 100, 10)).toBe(1);
		expect(keyTarget('ArrowUp', 0, 100, 10)).toBe(0);
		expect(keyTarget('ArrowDown', 99, 100, 10)).toBe(99);
		expect(keyTarget('PageDown', 0, 100, 10)).toBe(9);
		expect(keyTarget('PageUp', 5, 100, 10)).toBe(0);
		expect(keyTarget('PageDown', 95, 100, 10)).toBe(99);
		expect(keyTarget('PageDown', 3, 100, 1)).toBe(4);
		expect(keyTarget('Home', 57, 100, 10)).toBe(0);
		expect(keyTarget('End', 0, 50_000, 10)).toBe(49_999);
	});
	it('ignores other keys and an empty list', () => {
		expect(keyTarget('Enter', 3, 100, 10)).toBeNull();
		expect(keyTarget('ArrowLeft', 3, 100, 10)).toBeNull();
		expect(keyTarget('End', 0, 0, 10)).toBeNull();
	});
});
