/**
 * Label placement without reading layout: widths are estimated from the character count, so
 * placing labels never forces the browser to lay out the page inside the frame loop.
 * Greedy by priority: each label tries right, left, above and below its anchor, and is
 * dropped when every spot collides with a label already placed.
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
}


type Box = [number, number, number, number];

/** Average advance of a sans-serif glyph, as a fraction of the font size. */
const CHAR_WIDTH = 0.56;

export function textWidth(text: string, size: number): number {
	return text.length * size * CHAR_WIDTH;
}

export function placeLabels(candidates: readonly LabelCandidate[], width: number, height: number, taken: Box[] = []): PlacedLabel[] {
	const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
	const placed: PlacedLabel[] = [];
	const boxes = [...taken];
	for (const c of sorted) {
		const [x, y] = c.at;
		if (!Number.isFinite(x) || !Number.isFinite(y) || x < -50 || y < -20 || x > width + 50 || y > height + 20) continue;
		const w = textWidth(c.text, c.size);
		const h = c.size * 1.15;
		const spots: [number, number, PlacedLabel['anchor'], Box][] = [
			[x + c.gap, y + c.size * 0.35, 'start', [x + c.gap, y - h / 2, x + c.gap + w, y + h / 2]],
			[x - c.gap, y + c.size * 0.35, 'end', [x - c.gap - w, y - h / 2, x - c.gap, y + h / 2]],
			[x, y - c.gap - c.size * 0.25, 'middle', [x - w / 2, y - c.gap - h, x + w / 2, y - c.gap]],
			[x, y + c.gap + c.size * 0.95, 'middle', [x - w / 2, y + c.gap, x + w / 2, y + c.gap + h]]
		];
		for (const [lx, ly, anchor, box] of spots) {
			if (boxes.some((b) => overlaps(b, box))) continue;
			boxes.push(box);
			placed.push({ ...c, x: lx, y: ly, anchor });
			break;
		}
	}
	return placed;
}

function overlaps(a: Box, b: Box): boolean {
	return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
