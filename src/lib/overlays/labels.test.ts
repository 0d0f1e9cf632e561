import { describe, expect, it } from 'vitest';
import { placeLabels } from './labels';

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
		expect(placed.map((l) => l.id)).toEqual(['p5', 'p4']);
		expect(placed.find((l) => l.id === 'off')).toBeUndefined();
	});
});
