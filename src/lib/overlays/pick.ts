/**
 * What a pointer lands on: one rule for the SVG and the canvas renderer, for mouse and touch.
 *
 * The marks a reader came for win: events over places, symbols (meetings, deployments…)
 * over the lines under them, and small symbols over the large ones they sit on. Where
 * several marks share the spot, all of them are returned, and the overlay shows a chooser
 * (as mapping apps do for overlapping features) instead of guessing.
 *
 * 1. Every mark whose drawn shape holds the point: a symbol by its kind's `hit` (its outline,
 *    1.5 px past its fill, included), a line within its hit stroke, a place by its dot. One:
 *    it opens. Several: the chooser. On a place's dot with no symbol there, the place alone
 *    (it is drawn over the lines' ends). Muted marks (faded, dimmed) are hit as drawn and
 *    listed after those in full colour.
 * 2. None: the nearest within reach (the place's ring for a mouse; 22 px, a 44 px target,
 *    for a finger), again a chooser when several are equally in reach.
 *
 * A click is picked where its press was (see `listenForPicks`).
 *
 * Geometry comes from the canvas renderer's `geometryOf`, the numbers both renderers draw
 * from, so the SVG and the canvas agree with what the reader sees.
 */
import type { Point, Project } from '$lib/geo/mercator';
import { kindOf } from '$lib/kinds';
import type { CanvasSymbol, LineStyle, SymbolSize } from '$lib/kinds/kind';
import { affineOf, geometryOf, Look, type CanvasMarks } from './canvas';
import { countSpot } from '$lib/geo/labels';

export type Picked = { type: 'event' | 'place'; id: string };

export interface PlaceTarget {
	id: string;
	at: Point;
	/** The dot's drawn radius, px. */
	r: number;
}

export interface PickOptions {
	scale: number;
	/** A finger: targets reach 22 px around their shape (44 px across, WCAG 2.5.5). */
	touch?: boolean;
	/** The view's width, px, where the renderer draws counts by it (a count flips left at the right edge). */
	width?: number;
}

/** A mouse reaches a line 8 px either side (its hit stroke) and a place 12 px from its centre. */
const LINE_REACH = 8;
const PLACE_REACH = 12;
/** Half of a 44 px target. */
const TOUCH_REACH = 22;


interface Candidate extends Picked {
	/** 0 for symbols, 1 for lines, 2 for places: the order of the chooser. */
	rank: number;
	/** The symbol's size (small first), or 0. */
	size: number;
	/** How far the point is outside the drawn shape, px (0 inside). */
	out: number;
	/** Faded or dimmed marks list after those in full colour. */
	muted: boolean;
}

function segmentDistance(px: number, py: number, pts: number[]): number {
	let best = Infinity;
	for (let i = 2; i < pts.length; i += 2) {
		const ax = pts[i - 2]!, ay = pts[i - 1]!, bx = pts[i]!, by = pts[i + 1]!;
		const dx = bx - ax, dy = by - ay;
		const l2 = dx * dx + dy * dy;
		const t = l2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2)) : 0;
		best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
	}
	return best;
}

/** A line's drawn shape: its stroke, its arrowhead or its end dots. 0 inside, else px outside its stroke. */
function lineOutside(x: number, y: number, pts: number[], line: LineStyle, scale: number): number {
	const width = line.width * scale;
	const n = pts.length;
	if (line.ends === 'arrow') {
		// The arrowhead: a triangle `head` long, 1.1 · head wide, back from the tip (its far corners 1.14 · head away).
		const head = line.head(width, scale);
		if (Math.hypot(x - pts[n - 2]!, y - pts[n - 1]!) <= head * 1.2) return 0;
	} else {
		for (const [ex, ey] of [[pts[0]!, pts[1]!], [pts[n - 2]!, pts[n - 1]!]]) if (Math.hypot(x - ex!, y - ey!) <= width + 2.5) return 0;
	}
	const d = segmentDistance(x, y, pts) - (width / 2 + 1.5);
	return d <= 0 ? 0 : d;
}

/**
 * A kind's `hit` tests its fill; the outline drawn around it (2.5 px for what has not happened)
 * reaches past that, and a click's coordinates are whole pixels. A point within `EDGE` px of the
 * shape, measured toward the symbol's centre, is on it: every kind's shape is convex around its
 * centre, so this widens each by its outline whatever its form.
 */
const EDGE = 1.5;
function holds(symbol: CanvasSymbol, x: number, y: number, c: Point, size: SymbolSize): boolean {
	if (Number.isFinite(symbol.hit(x, y, c, size))) return true;
	const d = Math.hypot(x - c[0], y - c[1]);
	if (d <= EDGE) return false;
	const k = (d - EDGE) / d;
	return Number.isFinite(symbol.hit(c[0] + (x - c[0]) * k, c[1] + (y - c[1]) * k, c, size));
}

/** On a symbol's stated count, where the kinds draw it (geo/labels.ts's countSpot: 13 px bold at scale 1). */
function onLabel(x: number, y: number, c: Point, w: number, label: string, scale: number, viewWidth?: number): boolean {
	if (!label) return false;
	const size = 13 * scale;
	const spot = countSpot(c[0], w, label, scale, viewWidth);
	const y1 = c[1] + 4 * scale + 3;
	return x >= spot.x0 - 2 && x <= spot.x1 + 2 && y <= y1 && y >= y1 - size - 4;
}

/**
 * Every mark at screen point (x, y), best first; empty when the point is on the bare map.
 * `looks` is the canvas renderer's per-item look (Hidden items are not drawn, so not picked).
 */
export function pickAt(
	x: number,
	y: number,
	drawing: CanvasMarks,
	looks: Uint8Array,
	places: readonly PlaceTarget[],
	project: Project,
	{ scale, touch = false, width }: PickOptions
): Picked[] {
	const a = affineOf(project);
	const found: Candidate[] = [];
	const far = 80 * scale + TOUCH_REACH;
	const ids = a ? drawing.index.search((x - far - a.tx) / a.s, (y - far - a.ty) / a.s, (x + far - a.tx) / a.s, (y + far - a.ty) / a.s) : drawing.items.map((_, i) => i);
	for (const i of ids) {
		const it = drawing.items[i];
		if (!it || looks[i] === Look.Hidden) continue;
		const muted = looks[i] === Look.Faded || looks[i] === Look.Dimmed;
		const mark = kindOf(it.kind).mark;
		const g = geometryOf(it, a, project, scale, true);
		// A mark may have a symbol and a line (a deployment and its route): it is inside when
		// either holds the point, and ranks as a symbol when its symbol does.
		let best: Candidate | null = null;
		if (g.centre && mark.symbol) {
			const size = Math.max(g.r, g.w / 2, g.h / 2);
			// Inside by the kind's own test (its drawn shape, at least 24 px across), within its
			// outline's outer edge, or on its stated count beside it; outside, how far from its edge.
			const inside = holds(mark.symbol, x, y, g.centre, g) || onLabel(x, y, g.centre, g.w, it.label, scale, width);
			const out = inside ? 0 : Math.max(0.01, Math.hypot(x - g.centre[0], y - g.centre[1]) - Math.max(size, 4));
			if (inside || (touch && out <= TOUCH_REACH)) best = { type: 'event', id: it.id, rank: 0, size, out, muted };
		}
		if (g.pts.length >= 4 && mark.line && !(best && best.out === 0)) {
			const out = lineOutside(x, y, g.pts, mark.line, scale);
			const d = out + ((mark.line.width * scale) / 2 + 1.5);
			if ((out === 0 || d <= (touch ? TOUCH_REACH : LINE_REACH)) && (!best || out < best.out)) best = { type: 'event', id: it.id, rank: 1, size: 0, out, muted };
		}
		if (best) found.push(best);
	}
	for (const p of places) {
		const d = Math.hypot(x - p.at[0], y - p.at[1]);
		// The dot itself is a shape like any other; its ring (12 px, a finger's 22 px) counts
		// only when no mark's shape holds the point.
		const out = d <= p.r + 1.5 ? 0 : d - p.r;
		if (out === 0 || d <= (touch ? p.r + TOUCH_REACH : PLACE_REACH)) found.push({ type: 'place', id: p.id, rank: 2, size: 0, out, muted: false });
	}
	if (!found.length) return [];
	let inside = found.filter((c) => c.out === 0);
	// A place's dot is drawn over the lines that end at it: on the dot, with no symbol there,
	// the place is what the reader pointed at (the lines are reachable all along their length).
	if (!inside.some((c) => c.rank === 0) && inside.some((c) => c.rank === 2)) inside = inside.filter((c) => c.rank === 2);
	const chosen = inside.length ? inside : nearest(found);
	chosen.sort((p, q) => p.rank - q.rank || Number(p.muted) - Number(q.muted) || p.size - q.size || p.out - q.out || p.id.localeCompare(q.id));
	return chosen.map(({ type, id }) => ({ type, id }));
}

/** Outside every shape: the nearest, and any within 4 px of it (too close to tell apart). */
function nearest(found: Candidate[]): Candidate[] {
	const best = Math.min(...found.map((c) => c.out));
	return found.filter((c) => c.out <= best + 4);
}

/**
 * Listens on the box that holds the map and its overlays (capture phase, so the marks' own
 * click handlers and the map never see a click that picked something): a press that did not
 * drag picks by `pickAt`. Clicks on controls (buttons, links, the key, the chooser) pass.
 *
 * A far place's edge marker is a control drawn over the map, and in a zoomed view the map's
 * edge may cross the story's marks: it ranks below them. A press on it that `pickAt` finds
 * marks under lists them, and the far place last, in the chooser; on bare map it opens
 * the far place (its own click handler). So no mark is ever hidden by a marker.
 */
export function listenForPicks(
	host: HTMLElement,
	pick: (x: number, y: number, touch: boolean) => Picked[],
	onpick: (picked: Picked[], x: number, y: number) => void
): () => void {
	let down: { x: number; y: number; touch: boolean } | null = null;
	const onDown = (e: PointerEvent) => (down = { x: e.clientX, y: e.clientY, touch: e.pointerType === 'touch' || e.pointerType === 'pen' });
	const onClick = (e: MouseEvent) => {
		const press = e.detail > 0 ? down : null;
		down = null;
		if (press && Math.hypot(e.clientX - press.x, e.clientY - press.y) > 6) return;
		const target = e.target as Element;
		if (target.closest('button, a, input, select, details, [role="dialog"], .maplibregl-control-container')) return;
		// A keyboard's Enter on a focused mark also fires `click` (detail 0): it opens that mark.
		if (e.detail === 0 && target.closest('[data-event], [data-place]')) return;
		// Picked where the press was: a click's clientX/Y are whole pixels in Chromium (MouseEvent),
		// its pointerdown's are not (PointerEvent). Picked at the click's, a point within a pixel
		// of a circle's edge fell outside it, and the chooser listed the marks around it without it.
		const r = host.getBoundingClientRect();
		const x = (press?.x ?? e.clientX) - r.left, y = (press?.y ?? e.clientY) - r.top;
		const edge = target.closest('[data-edge]')?.getAttribute('data-edge');
		let picked = pick(x, y, press?.touch ?? false);
		if (!picked.length) return;
		if (edge) picked = [...picked.filter((p) => !(p.type === 'place' && p.id === edge)), { type: 'place', id: edge }];
		e.stopPropagation();
		e.preventDefault();
		onpick(picked, x, y);
	};
	host.addEventListener('pointerdown', onDown, true);
	host.addEventListener('click', onClick, true);
	return () => {
		host.removeEventListener('pointerdown', onDown, true);
		host.removeEventListener('click', onClick, true);
	};
}
