/**
 * Screen geometry of the overlay marks. Pure functions of projected points, so the same
 * code draws on the live map and on static SVG, and is tested with plain fixtures.
 */
import type { LonLat, Point, Project } from './mercator';

/**
 * Bends a projected line sideways by `bend` × its chord length, most in the middle, so a
 * flow reads as an arc and A→B is told apart from B→A (each bends to its own left).
 */
export function bendLine(points: readonly Point[], bend = 0.18): Point[] {
	const n = points.length;
	if (n < 2) return points.map((p) => [p[0], p[1]]);
	const [x0, y0] = points[0]!;
	const [x1, y1] = points[n - 1]!;
	const dx = x1 - x0, dy = y1 - y0;
	// The left-hand normal in screen space (y grows downwards).
	const nx = dy, ny = -dx;
	return points.map(([x, y], i) => {
		const t = i / (n - 1);
		const k = bend * Math.sin(Math.PI * t);
		return [x + nx * k, y + ny * k];
	});
}

/**
 * An SVG path through points, rounded to 0.1 px to keep the DOM small. `whole` writes whole
 * pixels in relative steps, for a picture drawn once and never moved (the embed's poster, in
 * the HTML), where that halves the bytes and a twentieth of a pixel does not show; relative
 * steps are taken between rounded points, so the error does not add up along the line.
 */
export function pathOf(points: readonly Point[], whole = false): string {
	if (whole) return wholePixelPath(points);
	let d = '';
	for (const [i, [x, y]] of points.entries()) {
		if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
		d += `${d === '' || i === 0 ? 'M' : 'L'}${round(x)},${round(y)}`;
	}
	return d;
}

function wholePixelPath(points: readonly Point[]): string {
	let d = '';
	let px = 0;
	let py = 0;
	for (const [x, y] of points) {
		if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
		const [rx, ry] = [Math.round(x), Math.round(y)];
		if (d === '') d = `M${rx} ${ry}l`;
		else if (rx !== px || ry !== py) d += `${d.endsWith('l') ? rx - px : signed(rx - px)}${signed(ry - py)}`;
		else continue;
		[px, py] = [rx, ry];
	}
	return d.endsWith('l') ? d.slice(0, -1) : d;
}

/** A number after another: a minus sign separates them by itself. */
function signed(v: number): string {
	return v < 0 ? String(v) : ` ${v}`;
}

/** The size of the picture marks are drawn in, CSS pixels. */
/** A picture's size; `margin`: how far past its edges it may be seen (a layer carried through a camera move). */
export type ViewSize = { width: number; height: number; margin?: number };

/**
 * The part of a line that can show in a view of width × height (plus a margin for the stroke
 * and its caps), and the length cut from its start. A long arc (Washington to Moscow, seen
 * from Kyiv) runs thousands of pixels off screen, and a browser dashes and rasterises a path
 * whole: on every frame of a camera move. Set `stroke-dashoffset` to `skipped` and the dashes
 * stay where they were on the line, wherever it is cut. Conservative: a segment whose box
 * meets the view is kept, and so is everything between the first and the last such segment.
 */
export function trimToView(points: readonly Point[], width: number, height: number, margin: number): { points: Point[]; skipped: number } {
	const n = points.length;
	if (n < 2 || !(width > 0) || !(height > 0)) return { points: points.slice(), skipped: 0 };
	const [x0, y0, x1, y1] = [-margin, -margin, width + margin, height + margin];
	const meets = ([ax, ay]: Point, [bx, by]: Point) => Math.max(ax, bx) >= x0 && Math.min(ax, bx) <= x1 && Math.max(ay, by) >= y0 && Math.min(ay, by) <= y1;
	let first = -1;
	let last = -1;
	for (let i = 0; i < n - 1; i++)
		if (meets(points[i]!, points[i + 1]!)) {
			if (first < 0) first = i;
			last = i;
		}
	if (first < 0) return { points: [], skipped: 0 };
	let skipped = 0;
	for (let i = 0; i < first; i++) {
		const l = Math.hypot(points[i + 1]![0] - points[i]![0], points[i + 1]![1] - points[i]![1]);
		if (Number.isFinite(l)) skipped += l;
	}
	return { points: points.slice(first, last + 2), skipped };
}

/** The direction of travel at the end of a line, in degrees clockwise from +x. */
export function endAngle(points: readonly Point[]): number {
	const n = points.length;
	if (n < 2) return 0;
	const [xa, ya] = points[Math.max(0, n - 3)]!;
	const [xb, yb] = points[n - 1]!;
	return (Math.atan2(yb - ya, xb - xa) * 180) / Math.PI;
}

/** The point halfway along a polyline, by length: where a flow's label or hit target sits. */
export function midpoint(points: readonly Point[]): Point {
	if (points.length === 0) return [NaN, NaN];
	let total = 0;
	const seg: number[] = [];
	for (let i = 1; i < points.length; i++) {
		const l = Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
		seg.push(l);
		total += l;
	}
	let half = total / 2;
	for (let i = 1; i < points.length; i++) {
		const l = seg[i - 1]!;
		if (half <= l && l > 0) {
			const t = half / l;
			const [xa, ya] = points[i - 1]!;
			const [xb, yb] = points[i]!;
			return [xa + (xb - xa) * t, ya + (yb - ya) * t];
		}
		half -= l;
	}
	return [points[points.length - 1]![0], points[points.length - 1]![1]];
}

/** A flow as the screen sees it: projected, bent, and shortened so it stops short of its end symbol. */
export function flowScreenLine(route: readonly LonLat[], project: Project, bend: number, trimEnd = 0): Point[] {
	const bent = bendLine(route.map(project), bend);
	return trimEnd > 0 ? trimLineEnd(bent, trimEnd) : bent;
}

/**
 * A short arrow into a place, for a visit whose origin no report states: we show that
 * someone arrived without inventing where from. Arrivals at one place fan out from the
 * upper left so they do not overlap.
 */
export function arrivalStub(at: Point, slot: number, of: number, length = 34, gap = 7): Point[] {
	const spread = of > 1 ? (slot - (of - 1) / 2) * 40 : 0;
	const a = ((-135 + spread) * Math.PI) / 180;
	const [x, y] = at;
	return [
		[x + Math.cos(a) * (length + gap), y + Math.sin(a) * (length + gap)],
		[x + Math.cos(a) * gap, y + Math.sin(a) * gap]
	];
}

/** Cuts `px` pixels off the end of a polyline (so an arrowhead meets a symbol's edge, not its centre). */
export function trimLineEnd(points: readonly Point[], px: number): Point[] {
	const out = points.map((p): Point => [p[0], p[1]]);
	let left = px;
	while (out.length >= 2 && left > 0) {
		const [xb, yb] = out[out.length - 1]!;
		const [xa, ya] = out[out.length - 2]!;
		const l = Math.hypot(xb - xa, yb - ya);
		if (l > left) {
			const t = (l - left) / l;
			out[out.length - 1] = [xa + (xb - xa) * t, ya + (yb - ya) * t];
			break;
		}
		out.pop();
		left -= l;
	}
	return out;
}

export function round(v: number): number {
	return Math.round(v * 10) / 10;
}

/** How much of each side of a map box is covered (by the key, a bottom sheet), px. */
export interface Insets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * Where an edge marker goes for a place at (x, y) in a `width` × `height` map: the point
 * where the ray from the centre towards it leaves the visible part (the box less `insets`:
 * not under the key), inset by `m` px; null when the place is on the map (it needs no marker).
 * EdgeMarkers.svelte computes the same in CSS where the box is not known (a server-drawn poster).
 */
export function edgePoint(x: number, y: number, width: number, height: number, insets: Insets = NO_INSETS, m = 18): [number, number] | null {
	const cx = width / 2, cy = height / 2, dx = x - cx, dy = y - cy;
	// Only a place off the map box gets one (a place under the key is still on the map, and a
	// marker there would sit over its marks); it stands clear of the key.
	if (!Number.isFinite(dx + dy) || (Math.abs(dx) <= cx && Math.abs(dy) <= cy)) return null;
	const hx = cx - m - (dx < 0 ? insets.left : insets.right), hy = cy - m - (dy < 0 ? insets.top : insets.bottom);
	if (hx <= 0 || hy <= 0) return null;
	const t = Math.min(dx ? hx / Math.abs(dx) : Infinity, dy ? hy / Math.abs(dy) : Infinity);
	return [cx + dx * t, cy + dy * t];
}
