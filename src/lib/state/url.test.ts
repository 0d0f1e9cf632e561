import { describe, expect, it } from 'vitest';
import { formatView, parseView, queryString, type ViewParams, isDay } from './url';

describe('view ⇄ URL', () => {
	const cases: { name: string; view: ViewParams; qs: string }[] = [
		{ name: 'empty', view: {}, qs: '' },
		{ name: 'camera', view: { camera: { center: [46.6753, 24.7136], zoom: 5.5 } }, qs: '?c=46.6753,24.7136,5.5' },
		{ name: 'window', view: { window: { start: '2025-02-12', end: '2025-02-18' } }, qs: '?t=2025-02-12..2025-02-18' },
		{
			name: 'everything',
			view: { camera: { center: [-77.0369, 38.9072], zoom: 3 }, window: { start: '2025-02-24', end: '2025-02-24' }, selection: { type: 'place', id: 'washington' } },
			qs: '?c=-77.0369,38.9072,3&t=2025-02-24..2025-02-24&sel=place:washington'
		},
		{ name: 'event selection', view: { selection: { type: 'event', id: 'riyadh-talks' } }, qs: '?sel=event:riyadh-talks' }
	];
	for (const c of cases) {
		it(`formats and parses back: ${c.name}`, () => {
			expect(queryString(formatView(c.view))).toBe(c.qs);
			expect(parseView(new URLSearchParams(c.qs))).toEqual(c.view);
		});
	}

	it('keeps other parameters (embed options) when writing', () => {
		const p = formatView({ selection: { type: 'place', id: 'kyiv' } }, new URLSearchParams('theme=dark&sel=place:paris'));
		expect(queryString(p)).toBe('?theme=dark&sel=place:kyiv');
	});

	it.each([
		['c=1,2', {}],
		['c=a,b,c', {}],
		['c=10,95,3', {}],
		['c=10,50,30', {}],
		['t=2025-02-18..2025-02-12', {}],
		['t=yesterday..today', {}],
		// Well-formed but impossible days: the audit's window that faded nearly every mark.
		['t=2025-13-45..2025-99-99', {}],
		['t=2025-02-29..2025-03-01', {}],
		['t=2025-02-00..2025-02-10', {}],
		['t=0000-01-01..2025-02-10', {}],
		['t=2025-02-12..2025-02-18..2025-02-20', {}],
		[`sel=event:${'a'.repeat(101)}`, {}],
		['sel=event:<script>', {}],
		['sel=javascript:alert(1)', {}],
		['sel=place:', {}]
	])('ignores malformed %s', (qs, expected) => {
		expect(parseView(new URLSearchParams(qs))).toEqual(expected);
	});

	it('wraps longitudes into −180..180', () => {
		expect(parseView(new URLSearchParams('c=190,10,2')).camera?.center[0]).toBeCloseTo(-170);
	});
});

describe('filters and list view in the URL', () => {
	it('round-trips kinds, actors, statuses and the list view', () => {
		const view: ViewParams = {
			filters: { kinds: ['deployments', 'meetings'], actors: ['north-korea', 'russia'], statuses: ['happened'] },
			list: true
		};
		const qs = queryString(formatView(view));
		expect(qs).toBe('?k=deployments,meetings&a=north-korea,russia&s=happened&v=list');
		expect(parseView(new URLSearchParams(qs))).toEqual(view);
	});
	it('drops unknown kinds, statuses and malformed actor ids', () => {
		expect(parseView(new URLSearchParams('k=parties,calls&s=rumoured&a=<x>,us'))).toEqual({
			filters: { kinds: ['calls'], actors: ['us'], statuses: [] }
		});
	});
});

describe('dates in the URL', () => {
	it('accepts real days, leap days included, and rejects impossible ones', () => {
		expect(parseView(new URLSearchParams('t=2024-02-29..2024-12-31')).window).toEqual({ start: '2024-02-29', end: '2024-12-31' });
		for (const d of ['2025-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-1-01']) expect(isDay(d), d).toBe(false);
	});
});
