/**
 * The windowing math of a long event list: which rows to put in the DOM and how tall the
 * gaps for the rest are. Rows are measured once they have been shown; a row not yet shown
 * counts as the mean of the measured ones (on a phone a row is a card whose height depends on
 * its title's length, so no fixed height would do).
 *
 * Offsets come from two Fenwick trees (the measured heights and how many rows are measured,
 * each as a prefix sum), so that a new estimate changes every unmeasured row at once, and
 * measuring one row or finding the row at a given height costs O(log n), not O(n), at
 * 50,000 rows.
 */
export class RowHeights {
	readonly count: number;
	/** Each row's measured height, or -1 where not measured yet. */
	private readonly measured: Float64Array;
	private readonly sums: Float64Array;
	private readonly counts: Int32Array;
	private measuredTotal = 0;
	private measuredRows = 0;
	private readonly fallback: number;

	constructor(count: number, fallback: number) {
		this.count = count;
		this.fallback = fallback;
		this.measured = new Float64Array(count).fill(-1);
		this.sums = new Float64Array(count + 1);
		this.counts = new Int32Array(count + 1);
	}

	/** What an unmeasured row counts for: the mean measured height, or the caller's guess before any. */
	get estimate(): number {
		return this.measuredRows ? this.measuredTotal / this.measuredRows : this.fallback;
	}

	/** Records row i's height; says whether anything changed. */
	set(i: number, height: number): boolean {
		if (i < 0 || i >= this.count || !(height >= 0)) return false;
		const old = this.measured[i]!;
		if (old === height) return false;
		const dh = old < 0 ? height : height - old;
		const dc = old < 0 ? 1 : 0;
		this.measured[i] = height;
		this.measuredTotal += dh;
		this.measuredRows += dc;
		for (let k = i + 1; k <= this.count; k += k & -k) {
			this.sums[k]! += dh;
			this.counts[k]! += dc;
		}
		return true;
	}

	/** Row i's height, measured or estimated. */
	height(i: number): number {
		const h = this.measured[i] ?? -1;
		return h >= 0 ? h : this.estimate;
	}

	/** The top of row i (0 ≤ i ≤ count): the sum of the heights of rows 0 to i − 1. */
	offset(i: number): number {
		const n = Math.max(0, Math.min(this.count, i));
		let sum = 0;
		let measured = 0;
		for (let k = n; k > 0; k -= k & -k) {
			sum += this.sums[k]!;
			measured += this.counts[k]!;
		}
		return sum + (n - measured) * this.estimate;
	}

	total(): number {
		return this.offset(this.count);
	}

	/** The row that holds height y (clamped to the first and the last row); -1 if there is none. */
	indexAt(y: number): number {
		if (this.count === 0) return -1;
		if (y <= 0) return 0;
		// The last row whose top is at or above y: offsets grow with i, so a binary search.
		let lo = 0;
		let hi = this.count - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.offset(mid) <= y) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}
}

/** Rows [start, end) to render for a viewport [top, top + height) in the rows' own coordinates. */
export function visibleRange(rows: RowHeights, top: number, height: number, overscan: number): { start: number; end: number } {
	if (rows.count === 0) return { start: 0, end: 0 };
	const first = rows.indexAt(top);
	const last = rows.indexAt(top + Math.max(0, height));
	return { start: Math.max(0, first - overscan), end: Math.min(rows.count, last + 1 + overscan) };
}

export type Segment = { row: number } | { gap: number; from: number; height: number };

/**
 * The rows to render in order, with a gap standing for each run of rows left out: the range in
 * view and any single rows that must stay in the DOM wherever they are (the focused row, so
 * that focus is not lost when it scrolls away; the selected one). A gap is keyed by the row
 * it starts at.
 */
export function segments(rows: RowHeights, range: { start: number; end: number }, keep: readonly number[]): Segment[] {
	const shown = new Set<number>();
	for (let i = range.start; i < range.end; i++) shown.add(i);
	for (const i of keep) if (i >= 0 && i < rows.count) shown.add(i);
	const order = [...shown].sort((a, b) => a - b);
	const out: Segment[] = [];
	let next = 0;
	for (const i of order) {
		if (i > next) out.push({ gap: i - next, from: next, height: rows.offset(i) - rows.offset(next) });
		out.push({ row: i });
		next = i + 1;
	}
	if (next < rows.count) out.push({ gap: rows.count - next, from: next, height: rows.total() - rows.offset(next) });
	return out;
}

/** The row a navigation key moves to from row `at` of `count`, with `page` rows in view; null for any other key. */
export function keyTarget(key: string, at: number, count: number, page: number): number | null {
	const last = count - 1;
	if (last < 0) return null;
	const step = Math.max(1, page - 1);
	const to = (i: number) => Math.max(0, Math.min(last, i));
	switch (key) {
		case 'ArrowDown':
			return to(at + 1);
		case 'ArrowUp':
			return to(at - 1);
		case 'PageDown':
			return to(at + step);
		case 'PageUp':
			return to(at - step);
		case 'Home':
			return 0;
		case 'End':
			return last;
		default:
			return null;
	}
}
