/**
 * Label placement without reading layout: widths are estimated from the character count, so
 * placing labels never forces the browser to lay out the page inside the frame loop.
 *
 * The rule, greedy by priority (the selected place, then places with more events):
 * 1. Each label tries eight spots around its anchor, in this order: right, left, above,
 *    below, then the four diagonals (the cartographers' order, Imhof's: right of a point first).
 * 2. A spot is refused when its box leaves the map (a label is never cut at the edge) or
 *    touches anything already there: labels placed before it, and the `taken` boxes, which
 *    are every event symbol and every place dot (a label never runs into a marker).
 * 3. A label with no free spot is left out; its dot and marks still say where it is.
 */
import type { Point } from '$lib/geo/mercator';
import type { CountryLabel } from '$lib/geo/labels';

export type { CountryLabel };

export interface LabelCandidate {
	id: string;
	text: string;
	at: Point;
	size: number;
	priority: number;
	/** Gap between the anchor and the text, in pixels (the dot's radius plus a little). */
	gap: number;
}

export interface PlacedLabel extends LabelCandidate {
	x: number;
	y: number;
	anchor: 'start' | 'end' | 'middle';
	/** What it covers, px: [left, top, right, bottom]. */
	box: Box;
}


type Box = [number, number, number, number];

/** Average advance of a sans-serif glyph, as a fraction of the font size. */
const CHAR_WIDTH = 0.56;

export function textWidth(text: string, size: number): number {
	return text.length * size * CHAR_WIDTH;
}

export type { Box };

export function placeLabels(candidates: readonly LabelCandidate[], width: number, height: number, taken: Box[] = []): PlacedLabel[] {
	const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
	const placed: PlacedLabel[] = [];
	const boxes = [...taken];
	for (const c of sorted) {
		const [x, y] = c.at;
		if (!Number.isFinite(x) || !Number.isFinite(y) || x < -50 || y < -20 || x > width + 50 || y > height + 20) continue;
		const w = textWidth(c.text, c.size);
		const h = c.size * 1.15;
		// The eight spots a gap away from the anchor; then, only for a label none of them takes
		// (a room-sized meeting circle sits on its place: a presentation's), the same spots
		// farther out, rather than no label at all.
		for (const gap of [c.gap, c.gap * 2.2, c.gap * 3.6]) {
			const spots: [number, number, PlacedLabel['anchor'], Box][] = [
				[x + gap, y + c.size * 0.35, 'start', [x + gap, y - h / 2, x + gap + w, y + h / 2]],
				[x - gap, y + c.size * 0.35, 'end', [x - gap - w, y - h / 2, x - gap, y + h / 2]],
				[x, y - gap - c.size * 0.25, 'middle', [x - w / 2, y - gap - h, x + w / 2, y - gap]],
				[x, y + gap + c.size * 0.95, 'middle', [x - w / 2, y + gap, x + w / 2, y + gap + h]]
			];
			// The diagonals: the text's near corner a gap away from the anchor.
			for (const [sx, sy] of [[1, -1], [-1, -1], [1, 1], [-1, 1]] as const) {
				const x0 = sx > 0 ? x + gap : x - gap - w, y0 = sy < 0 ? y - gap - h : y + gap;
				spots.push([sx > 0 ? x0 : x0 + w, y0 + h / 2 + c.size * 0.35, sx > 0 ? 'start' : 'end', [x0, y0, x0 + w, y0 + h]]);
			}
			const spot = spots.find(([, , , box]) => box[0] >= 1 && box[1] >= 1 && box[2] <= width - 1 && box[3] <= height - 1 && !boxes.some((b) => overlaps(b, box)));
			// Whole or not at all: a label is never cut by the map's edge.
			if (!spot) continue;
			const [lx, ly, anchor, box] = spot;
			boxes.push(box);
			placed.push({ ...c, x: lx, y: ly, anchor, box });
			break;
		}
	}
	return placed;
}

function overlaps(a: Box, b: Box): boolean {
	return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
