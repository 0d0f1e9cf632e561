/**
 * The canvas renderer for large stories: the same marks as the kinds' SVG components, drawn
 * on one <canvas> from the same numbers (each kind's `mark.line` and `mark.symbol`). Everything that does not depend on the camera is computed once per story, in
 * Web Mercator units (the world is the unit square): great-circle routes already bent, and a
 * static spatial index for hit-testing. With no rotation or pitch the map's projection is
 * `screen = t + s · mercator`, so a frame costs one multiply-add per drawn vertex, and a
 * bend (a fraction of the chord, sideways) is the same in either space.
 */
import Flatbush from 'flatbush';
import type { LonLat, Point, Project } from '$lib/geo/mercator';
import type { StoryEvent } from '$lib/story/schema';
import { kindOf } from '$lib/kinds';
import type { Ctx2D, Paint, SymbolSize } from '$lib/kinds/kind';
import { slotOffset } from '$lib/kinds/shared';
import type { Marks } from './marks';
import { arrivalStub, bendLine } from '$lib/geo/screen';
import { mercatorX as mercX, mercatorY as mercY } from '$lib/geo/mercator';

/** screen = (tx + s·mx, ty + s·my) */
export interface Affine {
	s: number;
	tx: number;
	ty: number;
}

/**
 * Reads the affine map from a projection with three calls, and checks it on a fourth point:
 * null when the projection is not a plain Web Mercator (rotated or pitched), and the caller
 * must project point by point.
 */
export function affineOf(project: Project): Affine | null {
	const [x0, y0] = project([0, 0]);
	const [x1] = project([90, 0]);
	const s = (x1 - x0) * 4;
	const tx = x0 - 0.5 * s;
	const ty = y0 - 0.5 * s;
	const [xc, yc] = project([-120, 60]);
	if (!(s > 0) || !Number.isFinite(tx + ty)) return null;
	if (Math.abs(tx + s * mercX(-120) - xc) > 0.5 || Math.abs(ty + s * mercY(60) - yc) > 0.5) return null;
	return { s, tx, ty };
}

/**
 * The CSS transform that carries what was laid out for camera `from` to camera `to` (both
 * plain Mercator: a camera move is then a scale and a shift of the screen). Empty for the
 * same camera, so that at rest nothing is resampled, and when either is not an affine camera.
 */
export function cssTransform(from: Affine | null, to: Affine | null): string {
	if (!from || !to) return '';
	const k = to.s / from.s, dx = to.tx - k * from.tx, dy = to.ty - k * from.ty;
	return Math.abs(k - 1) < 1e-9 && Math.abs(dx) < 1e-6 && Math.abs(dy) < 1e-6 ? '' : `translate(${dx}px, ${dy}px) scale(${k})`;
}

/** One event's mark, ready to draw: its static geometry in Mercator units and its kind's style. */
export interface CanvasItem {
	id: string;
	event: StoryEvent;
	kind: string;
	/** Drawing order, and a hit test's priority: lines under symbols. */
	layer: number;
	colour: string;
	dash: number[];
	/** The ends of its dashes, as the SVG strokes them (the kind's `stroke`). */
	cap: 'round' | 'butt';
	/** The bent great circle in Mercator units, x,y pairs; empty for point marks and arrival stubs. */
	line: Float64Array;
	/** Where the symbol (or an arrival stub's target) sits, Mercator units; NaN when none. */
	mx: number;
	my: number;
	stub: boolean;
	slot: number;
	of: number;
	size: number;
	label: string;
	happened: boolean;
	box: [number, number, number, number];
	route: readonly LonLat[] | null;
	at: LonLat | null;
}

/** What drawing needs of an item: everything but the event, so it can be posted to a worker. */
export type DrawItem = Omit<CanvasItem, 'event'>;

export type { Ctx2D, Paint };

/** The projection an affine stands for: how a worker, which has no map, projects. */
export const affineProject = (a: Affine): Project => (p) => [a.tx + a.s * mercX(p[0]), a.ty + a.s * mercY(p[1])];

export interface CanvasMarks {
	items: CanvasItem[];
	index: Flatbush;
	byId: Map<string, number>;
}

function bentMercator(route: readonly LonLat[], bend: number): Float64Array {
	const bent = bendLine(route.map((p): Point => [mercX(p[0]), mercY(p[1])]), bend);
	const out = new Float64Array(bent.length * 2);
	bent.forEach(([x, y], i) => {
		out[2 * i] = x;
		out[2 * i + 1] = y;
	});
	return out;
}

function boxOf(line: Float64Array, mx: number, my: number): [number, number, number, number] {
	let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
	for (let i = 0; i < line.length; i += 2) {
		x0 = Math.min(x0, line[i]!); x1 = Math.max(x1, line[i]!);
		y0 = Math.min(y0, line[i + 1]!); y1 = Math.max(y1, line[i + 1]!);
	}
	if (Number.isFinite(mx)) {
		x0 = Math.min(x0, mx); x1 = Math.max(x1, mx);
		y0 = Math.min(y0, my); y1 = Math.max(y1, my);
	}
	return [x0, y0, x1, y1];
}

export function buildCanvasMarks(marks: Marks): CanvasMarks {
	const items: CanvasItem[] = marks.events.map((m) => {
		const kind = kindOf(m.kind);
		const line = m.route && m.route.length > 1 ? bentMercator(m.route, m.bend) : new Float64Array(0);
		const mx = m.at ? mercX(m.at[0]) : NaN, my = m.at ? mercY(m.at[1]) : NaN;
		const { dash, cap } = kind.stroke(m.event.status);
		return {
			id: m.id, event: m.event, kind: m.kind, layer: m.layer, colour: kind.colour,
			dash: dash ? dash.split(' ').map(Number) : [], cap, line, mx, my, stub: m.stub, slot: m.slot, of: m.of,
			size: m.size, label: m.label, happened: m.event.status === 'happened', box: boxOf(line, mx, my), route: m.route, at: m.at
		};
	});
	const index = new Flatbush(Math.max(1, items.length));
	for (const it of items) index.add(...it.box);
	if (!items.length) index.add(0, 0, 0, 0);
	index.finish();
	return { items, index, byId: new Map(items.map((it, i) => [it.id, i])) };
}

/** How an item is drawn now: hidden by the filters, or its opacity state. */
export const Look = { Hidden: 0, Normal: 1, Faded: 2, Dimmed: 3, Selected: 4 } as const;
const ALPHA = [0, 1, 0.13, 0.22, 1];

const NO_SYMBOL: SymbolSize = { r: 0, w: 0, h: 0, off: 0 };

/** The pixel sizes of a mark's symbol at a given screen scale (the SVG components' numbers). */
function sizes(it: DrawItem, scale: number): SymbolSize {
	return kindOf(it.kind).mark.symbol?.size(it, scale) ?? NO_SYMBOL;
}

/** A screen polyline for a line item, with fewer vertices when it is short on screen. */
function screenLine(it: DrawItem, a: Affine | null, project: Project, full = false): number[] {
	const out: number[] = [];
	const line = it.line;
	const n = line.length / 2;
	if (n < 2) return out;
	if (!a) {
		// Not a plain Mercator: project the route point by point and bend it on screen.
		const bent = bendLine(it.route!.map(project), it.route === null ? 0 : bendOf(it));
		for (const [x, y] of bent) out.push(x, y);
		return out;
	}
	const chord = Math.hypot(line[2 * n - 2]! - line[0]!, line[2 * n - 1]! - line[1]!) * a.s;
	// About one vertex per 16 px of chord, never fewer than 4 segments for a visible arc.
	let stride = 1;
	if (!full) while (stride < 8 && (n - 1) / (stride * 2) >= Math.max(4, chord / 16)) stride *= 2;
	for (let i = 0; i < n - 1; i += stride) out.push(a.tx + a.s * line[2 * i]!, a.ty + a.s * line[2 * i + 1]!);
	out.push(a.tx + a.s * line[2 * n - 2]!, a.ty + a.s * line[2 * n - 1]!);
	return out;
}

/** Recovers the bend of a flow from its static geometry (for the rare non-Mercator path). */
function bendOf(it: DrawItem): number {
	const n = it.line.length / 2;
	if (n < 3 || !it.route) return 0;
	const mid = Math.floor((n - 1) / 2);
	const [x0, y0] = [it.line[0]!, it.line[1]!];
	const [x1, y1] = [it.line[2 * n - 2]!, it.line[2 * n - 1]!];
	const sx = mercX(it.route[mid]![0]), sy = mercY(it.route[mid]![1]);
	const len2 = (x1 - x0) ** 2 + (y1 - y0) ** 2;
	return len2 > 0 ? ((it.line[2 * mid]! - sx) * (y1 - y0) - (it.line[2 * mid + 1]! - sy) * (x1 - x0)) / len2 : 0;
}

function trimEnd(pts: number[], px: number) {
	let left = px;
	while (pts.length >= 4 && left > 0) {
		const n = pts.length;
		const xb = pts[n - 2]!, yb = pts[n - 1]!, xa = pts[n - 4]!, ya = pts[n - 3]!;
		const l = Math.hypot(xb - xa, yb - ya);
		if (l > left) {
			const t = (l - left) / l;
			pts[n - 2] = xa + (xb - xa) * t;
			pts[n - 1] = ya + (yb - ya) * t;
			return;
		}
		pts.length -= 2;
		left -= l;
	}
}

function symbolAt(it: DrawItem, a: Affine | null, project: Project, off: number): Point {
	const [x, y] = a ? [a.tx + a.s * it.mx, a.ty + a.s * it.my] : project(it.at!);
	const [dx, dy] = slotOffset(it.slot, it.of, off);
	return [x + dx, y + dy];
}

/** The item's screen geometry: its line (trimmed to meet its symbol) and its symbol's centre. */
export function geometryOf(it: DrawItem, a: Affine | null, project: Project, scale: number, full = false) {
	const mark = kindOf(it.kind).mark;
	const sz = sizes(it, scale);
	let pts: number[];
	if (it.stub && it.at) {
		const [x, y] = a ? [a.tx + a.s * it.mx, a.ty + a.s * it.my] : project(it.at);
		pts = arrivalStub([x, y], it.slot, it.of, 34 * scale).flat();
	} else pts = screenLine(it, a, project, full);
	if (pts.length >= 4 && mark.line?.ends === 'arrow') trimEnd(pts, mark.line.trim(sz, scale));
	const centre = mark.symbol && it.at ? symbolAt(it, a, project, sz.off) : null;
	return { pts, centre, ...sz };
}

const visible = (box: [number, number, number, number], a: Affine, r: { x: number; y: number; w: number; h: number }, m: number) =>
	a.tx + a.s * box[2] >= r.x - m && a.tx + a.s * box[0] <= r.x + r.w + m && a.ty + a.s * box[3] >= r.y - m && a.ty + a.s * box[1] <= r.y + r.h + m;

function arrowhead(ctx: Ctx2D, pts: number[], size: number) {
	const n = pts.length;
	if (n < 4) return;
	const x = pts[n - 2]!, y = pts[n - 1]!;
	const ang = Math.atan2(y - pts[n - 3]!, x - pts[n - 4]!);
	const c = Math.cos(ang), s = Math.sin(ang);
	const p = (u: number, v: number): [number, number] => [x + u * c - v * s, y + u * s + v * c];
	ctx.moveTo(x, y);
	ctx.lineTo(...p(-size, -size * 0.55));
	ctx.lineTo(...p(-size * 0.72, 0));
	ctx.lineTo(...p(-size, size * 0.55));
	ctx.closePath();
}

function polyline(ctx: Ctx2D, pts: number[]) {
	ctx.moveTo(pts[0]!, pts[1]!);
	for (let i = 2; i < pts.length; i += 2) ctx.lineTo(pts[i]!, pts[i + 1]!);
}

/**
 * Draws every item whose look is not Hidden, in the SVG's order (lines, then symbols by layer;
 * the selected mark last, with its halo). Lines of one kind, colour, dash and look are drawn
 * together, so the canvas state changes a few dozen times, whatever the story size.
 */
export function drawCanvas(
	ctx: Ctx2D,
	marks: { readonly items: readonly DrawItem[] },
	looks: Uint8Array,
	project: Project,
	width: number,
	height: number,
	scale: number,
	paint: Paint,
	/** The area to clear and draw, in screen pixels: the viewport with a margin around it. */
	area = { x: 0, y: 0, w: width, h: height }
) {
	const a = affineOf(project);
	ctx.clearRect(area.x, area.y, area.w, area.h);
	ctx.lineCap = 'round';
	ctx.lineJoin = 'round';
	const margin = 60 * scale;
	let selected = -1;
	const batches = new Map<string, Batch>();
	const symbols: Array<{ it: DrawItem; look: number; c: Point; sz: SymbolSize }> = [];
	for (let i = 0; i < marks.items.length; i++) {
		const look = looks[i]!;
		if (look === Look.Hidden) continue;
		if (look === Look.Selected) {
			selected = i;
			continue;
		}
		const it = marks.items[i]!;
		if (a && !visible(it.box, a, area, margin)) continue;
		const g = geometryOf(it, a, project, scale);
		if (g.centre) symbols.push({ it, look, c: g.centre, sz: g });
		if (g.pts.length < 4) continue;
		const key = `${it.layer}|${it.kind}|${look}|${it.colour}|${it.dash.join(' ')}`;
		let b = batches.get(key);
		if (!b) batches.set(key, (b = { lines: [], it, look }));
		b.lines.push(g.pts);
	}
	// Lines by layer, then the symbols over them: the SVG's order.
	const ordered = [...batches.values()].sort((x, y) => x.it.layer - y.it.layer);
	for (const b of ordered) drawBatch(ctx, b, scale);
	symbols.sort((x, y) => x.it.layer - y.it.layer);
	for (const m of symbols) kindOf(m.it.kind).mark.symbol!.draw(ctx, m.it, ALPHA[m.look]!, m.c, m.sz, paint, scale);
	ctx.globalAlpha = 1;
	if (selected >= 0) {
		const it = marks.items[selected]!;
		const symbol = kindOf(it.kind).mark.symbol;
		const g = geometryOf(it, a, project, scale, true);
		ctx.strokeStyle = paint.focus;
		ctx.globalAlpha = 0.35;
		ctx.setLineDash([]);
		if (g.pts.length >= 4) {
			ctx.lineWidth = 16;
			ctx.beginPath();
			polyline(ctx, g.pts);
			ctx.stroke();
		}
		if (g.centre && symbol) {
			ctx.lineWidth = 3;
			ctx.beginPath();
			symbol.ring(ctx, g.centre, g);
			ctx.stroke();
		}
		if (g.pts.length >= 4) drawBatch(ctx, { lines: [g.pts], it, look: Look.Selected }, scale);
		if (g.centre && symbol) symbol.draw(ctx, it, ALPHA[Look.Selected]!, g.centre, g, paint, scale);
		ctx.globalAlpha = 1;
	}
}

type Batch = { lines: number[][]; it: DrawItem; look: number };

function drawBatch(ctx: Ctx2D, b: Batch, scale: number) {
	const { it } = b;
	const style = kindOf(it.kind).mark.line!;
	const width = style.width * scale;
	// The SVG's `.flow { stroke-opacity: 0.9 }`.
	ctx.globalAlpha = ALPHA[b.look]! * 0.9;
	ctx.strokeStyle = it.colour;
	ctx.fillStyle = it.colour;
	ctx.lineWidth = width;
	ctx.setLineDash(it.dash);
	ctx.lineCap = it.cap;
	// One stroke per line: a software rasteriser strokes many small paths several times faster
	// than one path of thousands of crossing subpaths, and overlaps then darken as in the SVG.
	for (const pts of b.lines) {
		ctx.beginPath();
		polyline(ctx, pts);
		ctx.stroke();
	}
	ctx.setLineDash([]);
	ctx.lineCap = 'round';
	ctx.globalAlpha = ALPHA[b.look]!;
	ctx.beginPath();
	if (style.ends === 'arrow') {
		const size = style.head(width, scale);
		for (const pts of b.lines) arrowhead(ctx, pts, size);
	} else {
		for (const pts of b.lines) {
			const n = pts.length;
			for (const [x, y] of [[pts[0]!, pts[1]!], [pts[n - 2]!, pts[n - 1]!]]) {
				ctx.moveTo(x! + width + 1.5, y!);
				ctx.arc(x!, y!, width + 1.5, 0, 2 * Math.PI);
			}
		}
	}
	ctx.fill();
}

/** Where keyboard focus sits for an item: the middle of its line, or its symbol. */
export function anchorOf(drawing: CanvasMarks, i: number, project: Project, scale: number): Point | null {
	const it = drawing.items[i];
	if (!it) return null;
	const g = geometryOf(it, affineOf(project), project, scale, true);
	if (g.centre) return g.centre;
	const n = g.pts.length / 2;
	if (n < 1) return null;
	const k = Math.floor((n - 1) / 2);
	return [g.pts[2 * k]!, g.pts[2 * k + 1]!];
}
