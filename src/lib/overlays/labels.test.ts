import { describe, expect, it } from 'vitest';
import { labelPriority, placeImportance, placeLabels } from './labels';
import { countSpot } from '$lib/geo/labels';

describe('placeLabels', () => {
	it('places the more important label first and moves the other aside', () => {
		const placed = placeLabels(
			[
				{ id: 'a', text: 'Riyadh', at: [100, 100], size: 12, priority: 1, gap: 5 },
				{ id: 'b', text: 'Diriyah', at: [102, 100], size: 12, priority: 5, gap: 5 }
			],
			400,
			300
		);
		expect(placed.map((l) => l.id)).toEqual(['b', 'a']);
		expect(placed[0]!.anchor).toBe('start');
		expect(placed[1]!.anchor).not.toBe('start');
	});
	it('drops labels far outside the viewport and labels that cannot fit', () => {
		const crowd = Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, text: 'Somewhere long', at: [50, 50] as [number, number], size: 12, priority: i, gap: 4 }));
		const placed = placeLabels([...crowd, { id: 'off', text: 'Off', at: [5000, 50], size: 12, priority: 99, gap: 4 }], 300, 200);
		// The most important first; the rest while a spot is free; none overlapping.
		expect(placed[0]!.id).toBe('p5');
		expect(placed.length).toBeLessThan(6);
		for (const a of placed) for (const b of placed) if (a !== b) expect(a.box[2] <= b.box[0] || b.box[2] <= a.box[0] || a.box[3] <= b.box[1] || b.box[3] <= a.box[1]).toBe(true);
		expect(placed.find((l) => l.id === 'off')).toBeUndefined();
	});
	it('never cuts a label at the edge: near the right edge it goes left, in a corner diagonally', () => {
		const placed = placeLabels(
			[
				{ id: 'us', text: 'United States', at: [395, 150], size: 13, priority: 2, gap: 6 },
				{ id: 'ny', text: 'New York City', at: [5, 150], size: 13, priority: 1, gap: 6 },
				{ id: 'nk', text: 'North Korea', at: [396, 4], size: 13, priority: 1, gap: 6 }
			],
			400,
			300
		);
		expect(placed).toHaveLength(3);
		for (const l of placed) {
			expect(l.box[0]).toBeGreaterThanOrEqual(0);
			expect(l.box[1]).toBeGreaterThanOrEqual(0);
			expect(l.box[2]).toBeLessThanOrEqual(400);
			expect(l.box[3]).toBeLessThanOrEqual(300);
		}
		expect(placed.find((l) => l.id === 'us')!.anchor).toBe('end');
	});
	it('keeps clear of markers: a meeting circle right of the dot sends the label elsewhere', () => {
		const circle: [number, number, number, number] = [106, 88, 130, 112];
		const [l] = placeLabels([{ id: 'pl', text: 'Poland', at: [100, 100], size: 13, priority: 1, gap: 6 }], 400, 300, [circle]);
		expect(l!.anchor).not.toBe('start');
		expect(l!.box[2] <= circle[0] || l!.box[0] >= circle[2] || l!.box[3] <= circle[1] || l!.box[1] >= circle[3]).toBe(true);
	});
	it('labels a city inside its own meeting circle just outside it, rather than not at all', () => {
		// A 20 px circle's box around the dot closes every spot 6 px away.
		const [l] = placeLabels([{ id: 'riyadh', text: 'Riyadh', at: [200, 150], size: 13, priority: 1, gap: 6 }], 400, 300, [[180, 130, 220, 170]]);
		expect(l).toBeDefined();
		expect(l!.box[0]).toBeGreaterThanOrEqual(220);
		expect(l!.anchor).toBe('start');
	});
});

describe('labelPriority and countSpot', () => {
	it('names the story’s cities before country-level points, and the selected place first', () => {
		const w = placeImportance([
			{ id: 'riyadh', weight: 3 },
			{ id: 'diriyah-palace', weight: 1, within: 'riyadh' },
			{ id: 'kyiv', weight: 4 },
			{ id: 'russia-country', weight: 13 },
			{ id: 'seoul', weight: 0 }
		]);
		expect(w.get('riyadh')).toBe(4);
		const kyiv = labelPriority(w.get('kyiv')!, false, false);
		const russia = labelPriority(w.get('russia-country')!, true, false);
		const seoul = labelPriority(w.get('seoul')!, false, false);
		expect(kyiv).toBeGreaterThan(russia);
		expect(russia).toBeGreaterThan(seoul);
		expect(labelPriority(0, true, true)).toBeGreaterThan(kyiv);
		// Greedy placement by it: two labels wanting one spot, the city wins.
		const placed = placeLabels(
			[
				{ id: 'russia-country', text: 'Russia', at: [100, 100], size: 13, priority: russia, gap: 6 },
				{ id: 'kyiv', text: 'Kyiv', at: [100, 100], size: 13, priority: kyiv, gap: 6 }
			],
			400,
			300
		);
		expect(placed[0]!.id).toBe('kyiv');
		expect(placed[0]!.anchor).toBe('start');
	});
	it('puts a count right of its symbol, and left where the right would leave the view', () => {
		const right = countSpot(100, 26, 'more than 12,000', 1, 375);
		expect(right.anchor).toBe('start');
		expect(right.x0).toBe(118);
		const edge = countSpot(330, 26, 'more than 12,000', 1, 375);
		expect(edge.anchor).toBe('end');
		expect(edge.x1).toBeLessThanOrEqual(330 - 13);
		expect(edge.x0).toBeGreaterThanOrEqual(2);
		// No view given (the canvas renderer): always right, as before.
		expect(countSpot(330, 26, 'more than 12,000', 1).anchor).toBe('start');
		// No room either side: right, as drawn before (the label rule keeps others clear of it).
		expect(countSpot(60, 26, 'more than 12,000', 1, 120).anchor).toBe('start');
	});
});
