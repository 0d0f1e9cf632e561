import { describe, expect, it } from 'vitest';
import { sortRows } from './sort';

type Row = { id: string; date: string; place: string };
const rows: Row[] = [
	{ id: 'a', date: '2025-02-18', place: 'Riyadh' },
	{ id: 'b', date: '2025-02-12', place: 'Ankara' },
	{ id: 'c', date: '', place: 'Riyadh' },
	{ id: 'd', date: '2025-02-18T09:00', place: 'ankara' },
	{ id: 'e', date: '2025-02-12', place: 'Zürich' }
];
const collator = new Intl.Collator('en');
const ids = (xs: Row[]) => xs.map((r) => r.id);

describe('sortRows (the event list order)', () => {
	it('orders by date, undated first, equal dates in their given order', () => {
		expect(ids(sortRows(rows, (r) => r.date, null, collator.compare, true))).toEqual(['c', 'b', 'e', 'a', 'd']);
		expect(ids(sortRows(rows, (r) => r.date, null, collator.compare, false))).toEqual(['d', 'a', 'b', 'e', 'c']);
	});
	it('orders by a key through the collator (lower case first at equal letters, as in English), then by date', () => {
		expect(ids(sortRows(rows, (r) => r.date, (r) => r.place, collator.compare, true))).toEqual(['d', 'b', 'c', 'a', 'e']);
		expect(ids(sortRows(rows, (r) => r.date, (r) => r.place, collator.compare, false))).toEqual(['e', 'a', 'c', 'b', 'd']);
	});
	it('reads each key once per row, not per comparison', () => {
		const many = Array.from({ length: 2000 }, (_, i) => ({ id: String(i), date: `2025-01-${String((i * 7) % 28 + 1).padStart(2, '0')}`, place: `P${(i * 13) % 97}` }));
		let reads = 0;
		const out = sortRows(many, (r) => (reads++, r.date), (r) => (reads++, r.place), collator.compare, true);
		expect(reads).toBe(2 * many.length);
		for (let i = 1; i < out.length; i++) {
			const c = collator.compare(out[i - 1]!.place, out[i]!.place);
			expect(c < 0 || (c === 0 && out[i - 1]!.date <= out[i]!.date)).toBe(true);
		}
	});
});
