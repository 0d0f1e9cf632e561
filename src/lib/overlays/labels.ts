/**
 * Label placement without reading layout: widths are estimated from the characters (see
 * `textWidth`), so placing labels never forces the browser to lay out the page inside the
 * frame loop.
 *
 * The rule, greedy by priority (the far places' edge markers, the selected place, then the
 * story's cities with events, most first, then country-level points, then places with no
 * events: `labelPriority`; the basemap's country names after every place):
 * 1. Each label tries eight spots around its anchor, in this order: right, left, above,
 *    below, then the four diagonals (the cartographers' order, Imhof's: right of a point first);
 *    when all eight are taken (a city inside its own meeting circles), the same eight a
 *    little further out, up to twice.
 * 2. A spot is refused when its box leaves the map (a label is never cut at the edge) or
 *    touches anything already there: labels placed before it, and the `taken` boxes, which
 *    are every event symbol (with a deployment's count), every place dot and every edge
 *    marker (a label never runs into a marker, its own or another's).
 * 3. A label with no free spot is left out; its dot and marks still say where it is.
 * The browser test tests/e2e/labels.test.ts counts, on the drawn page, labels cut by the map's
 * edge and labels over a marker or another label on the flagship story's views: 0 each.
 */
import type { Point } from '$lib/geo/mercator';
import { textWidth, type CountryLabel } from '$lib/geo/labels';

export type { CountryLabel };

export interface LabelCandidate {
	id: string;
	text: string;
	at: Point;
	size: number;
	priority: number;
	/** Gap between the anchor and the text, in pixels (the dot's radius plus a little). */
	gap: number;
	/** Letter spacing, em (country names are spaced out). */
	spacing?: number;
}

export interface PlacedLabel extends LabelCandidate {
	x: number;
	y: number;
	anchor: 'start' | 'end' | 'middle';
	/** What it covers, px: [left, top, right, bottom]. */
	box: Box;
}


type Box = [number, number, number, number];

// The width estimate is geometry (geo/labels.ts): the kinds place their counts by it too.
export { textWidth };

export type { Box };

/** Events at each place, counting those at the buildings inside it (the Riyadh talks at Diriyah Palace are Riyadh's). */
export function placeImportance(places: ReadonlyArray<{ id: string; weight: number; within?: string }>): Map<string, number> {
	const out = new Map<string, number>();
	for (const p of places) {
		out.set(p.id, (out.get(p.id) ?? 0) + p.weight);
		if (p.within) out.set(p.within, (out.get(p.within) ?? 0) + p.weight);
	}
	return out;
}

/**
 * Which place labels go first where not all fit (`placeLabels` is greedy): the selected
 * place; then the story's cities, regions and seats with events, most events first; then
 * country-level points (a report that names only "Russia": the basemap names the country
 * anyway, and does where the point's label finds no room); then places without events. So
 * a crowded phone view names Kyiv and Paris before "Russia" and "Ukraine".
 */
export function labelPriority(events: number, country: boolean, selected: boolean): number {
	const tier = selected ? 3 : events === 0 ? 0 : country ? 1 : 2;
	return 100 + tier * 1000 + events;
}

export function placeLabels(candidates: readonly LabelCandidate[], width: number, height: number, taken: Box[] = []): PlacedLabel[] {
	const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
	const placed: PlacedLabel[] = [];
	const boxes = [...taken];
	for (const c of sorted) {
		const [x, y] = c.at;
		if (!Number.isFinite(x) || !Number.isFinite(y) || x < -50 || y < -20 || x > width + 50 || y > height + 20) continue;
		const w = textWidth(c.text, c.size, c.spacing);
		const h = c.size * 1.15;
		// The spots at distance g from the anchor: right, left, above, below, then the diagonals
		// (the text's near corner g away).
		const spotsAt = (g: number): [number, number, PlacedLabel['anchor'], Box][] => {
			const spots: [number, number, PlacedLabel['anchor'], Box][] = [
				[x + g, y + c.size * 0.35, 'start', [x + g, y - h / 2, x + g + w, y + h / 2]],
				[x - g, y + c.size * 0.35, 'end', [x - g - w, y - h / 2, x - g, y + h / 2]],
				[x, y - g - c.size * 0.25, 'middle', [x - w / 2, y - g - h, x + w / 2, y - g]],
				[x, y + g + c.size * 0.95, 'middle', [x - w / 2, y + g, x + w / 2, y + g + h]]
			];
			for (const [sx, sy] of [[1, -1], [-1, -1], [1, 1], [-1, 1]] as const) {
				const x0 = sx > 0 ? x + g : x - g - w, y0 = sy < 0 ? y - g - h : y + g;
				spots.push([sx > 0 ? x0 : x0 + w, y0 + h / 2 + c.size * 0.35, sx > 0 ? 'start' : 'end', [x0, y0, x0 + w, y0 + h]]);
			}
			return spots;
		};
		// A place's own symbols (a meeting drawn around the city) can close every spot at the
		// first gap: the ring is tried again a little further out, twice, before giving up.
		const gaps = c.gap > 0 ? [c.gap, c.gap + c.size * 0.9, c.gap + c.size * 1.8] : [0];
		search: for (const g of gaps) {
			for (const [lx, ly, anchor, box] of spotsAt(g)) {
				// Whole or not at all: a label is never cut by the map's edge.
				if (box[0] < 1 || box[1] < 1 || box[2] > width - 1 || box[3] > height - 1) continue;
				if (boxes.some((b) => overlaps(b, box))) continue;
				boxes.push(box);
				placed.push({ ...c, x: lx, y: ly, anchor, box });
				break search;
			}
		}
	}
	return placed;
}

function overlaps(a: Box, b: Box): boolean {
	return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
