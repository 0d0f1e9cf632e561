import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildAxis, focusStart, labelWidth, stepDay, stopDays, tickLabel, toDate } from './axis';

type Dated = { events: { date?: string; start?: string; end?: string }[] };
const flagship = JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8')) as Dated;
const spring = JSON.parse(readFileSync('geo/stories/europe-spring-2025.json', 'utf8')) as Dated;
const days = (list: string[]) => list.map((date) => ({ date }));

describe('timeline axis', () => {
	it('is a true time scale: equal days are equally wide on one band', () => {
		const a = buildAxis(days(['2025-02-01', '2025-02-10', '2025-02-28']), 900);
		expect(a.bands).toHaveLength(1);
		const w1 = a.x('2025-02-02') - a.x('2025-02-01');
		const w2 = a.x('2025-02-20') - a.x('2025-02-19');
		expect(w1).toBeCloseTo(w2, 6);
		expect(a.x('2025-02-10') - a.x('2025-02-01')).toBeCloseTo(9 * w1, 6);
	});

	it('puts ticks at dates with labels, not one per event', () => {
		const a = buildAxis(days(['2025-02-01', '2025-02-10', '2025-02-28']), 900);
		expect(a.ticks.length).toBeGreaterThan(3);
		for (const t of a.ticks) {
			expect(t.label).not.toBe('');
			// The tick is where its date is.
			expect(Math.abs(t.x - (a.x(t.day) - (a.x('2025-02-02') - a.x('2025-02-01')) / 2))).toBeLessThan(0.01);
		}
		expect(a.ticks.map((t) => t.label)).toContain('Feb');
	});

	it('gives the flagship backstory (2008 → 2024) compressed bands behind breaks, the February weeks most of the width', () => {
		const a = buildAxis(flagship.events, 1000);
		expect(a.bands.length).toBeGreaterThan(1);
		expect(a.breaks).toHaveLength(a.bands.length - 1);
		const main = a.bands.at(-1)!;
		expect(main.compressed).toBe(false);
		expect(main.start <= '2025-02-12').toBe(true);
		expect(main.end).toBe('2025-03-09');
		// The weeks that hold most events take most of the width; fourteen years of backstory
		// are narrower than two days of them.
		expect(main.scale.range()[1]! - main.scale.range()[0]!).toBeGreaterThan(600);
		expect(2 * (a.x('2025-02-18') - a.x('2025-02-17'))).toBeGreaterThan(a.x('2022-02-24') - a.x('2008-06-01'));
		// Each band is monotone and the bands do not overlap.
		const xs = ['2008-01-01', '2015-01-01', '2022-02-24', '2024-06-15', '2024-10-15', '2025-01-10', '2025-02-12', '2025-02-18', '2025-03-09'].map(a.x);
		for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
		expect(a.day(a.x('2025-02-18'))).toBe('2025-02-18');
		expect(a.day(a.x('2024-10-15'))).toBe('2024-10-15');
		expect(a.ticks.some((t) => t.label === '2020')).toBe(true);
	});

	it('keeps tick labels apart at every width: two months over 1,180 px are not labelled every other day', () => {
		for (const events of [spring.events, flagship.events, days(['2025-03-01', '2025-04-30'])])
			for (const width of [280, 360, 600, 900, 1180, 1800])
				for (const locale of ['en', 'fr']) {
					const a = buildAxis(events, width, { locale });
					expect(a.ticks.length).toBeGreaterThan(0);
					for (let i = 1; i < a.ticks.length; i++) {
						const [p, t] = [a.ticks[i - 1]!, a.ticks[i]!];
						// Labels are centred on their tick: half of each, and a gap, fit between.
						expect(t.x - p.x, `${width}px ${locale}: ${p.label} | ${t.label}`).toBeGreaterThanOrEqual((labelWidth(p.label) + labelWidth(t.label)) / 2 + 6);
					}
				}
		// The second story's weeks at a laptop's width: weekly rather than every second day.
		const a = buildAxis(spring.events, 1180);
		const main = a.ticks.filter((t) => t.day >= '2025-03-01');
		expect(main.length).toBeGreaterThanOrEqual(6);
		expect(main.length).toBeLessThanOrEqual(18);
		for (let i = 1; i < main.length; i++) expect(main[i]!.x - main[i - 1]!.x).toBeGreaterThanOrEqual(64);
	});

	it('keeps one linear band for a story spread evenly over its time', () => {
		expect(focusStart([2020, 2021, 2022, 2023, 2024].map((y) => ({ start: `${y}-06-01`, end: `${y}-06-01` })))).toBeNull();
		const a = buildAxis(days(['2020-06-01', '2021-06-01', '2022-06-01', '2023-06-01', '2024-06-01']), 800);
		expect(a.bands).toHaveLength(1);
	});

	it('labels years, months and days by what the tick marks, in the story language', () => {
		expect(tickLabel(toDate('2024-01-01'))).toBe('2024');
		expect(tickLabel(toDate('2025-03-01'))).toBe('Mar');
		expect(tickLabel(toDate('2025-02-18'))).toBe('18 Feb');
		expect(tickLabel(toDate('2025-03-01'), 'fr')).toMatch(/^mars/);
	});

	it('steps handles through the dates events start or end on', () => {
		const ev = [{ date: '2025-02-12' }, { start: '2025-02-17', end: '2025-02-18' }, { date: '2025-02-24' }, {}];
		const stops = stopDays(ev);
		expect(stops).toEqual(['2025-02-12', '2025-02-17', '2025-02-18', '2025-02-24']);
		const ends = { start: '2025-02-12', end: '2025-02-24' };
		expect(stepDay('2025-02-12', 'ArrowRight', stops, ends)).toBe('2025-02-17');
		expect(stepDay('2025-02-20', 'ArrowLeft', stops, ends)).toBe('2025-02-18');
		expect(stepDay('2025-02-24', 'ArrowRight', stops, ends)).toBe('2025-02-24');
		expect(stepDay('2025-02-18', 'Home', stops, ends)).toBe('2025-02-12');
		expect(stepDay('2025-02-18', 'PageUp', stops, ends)).toBe('2025-02-24');
		expect(stepDay('2025-02-18', 'x', stops, ends)).toBeNull();
	});

	it('runs right to left when asked: the same axis mirrored, oldest day at the right', () => {
		const ltr = buildAxis(flagship.events, 1000, { locale: 'ar-u-nu-latn' });
		const rtl = buildAxis(flagship.events, 1000, { locale: 'ar-u-nu-latn', rtl: true });
		expect(rtl.x(rtl.start)).toBeGreaterThan(rtl.x(rtl.end));
		for (const d of ['2008-07-07', '2025-02-18', '2025-03-09']) expect(rtl.x(d)).toBeCloseTo(1000 - ltr.x(d), 6);
		for (const x of [0, 10, 333, 999]) expect(rtl.day(x)).toBe(ltr.day(1000 - x));
		expect(rtl.day(rtl.x('2025-02-18'))).toBe('2025-02-18');
		expect(rtl.ticks.map((t) => t.day).sort()).toEqual(ltr.ticks.map((t) => t.day).sort());
		for (const t of rtl.ticks) expect(t.x).toBeCloseTo(1000 - ltr.ticks.find((u) => u.day === t.day)!.x, 6);
		// Ticks run left to right on screen: the latest day first.
		expect(rtl.ticks[0]!.day > rtl.ticks.at(-1)!.day).toBe(true);
		expect(rtl.breaks.map((b) => 1000 - b)).toEqual(ltr.breaks);
		// The compressed backstory sits at the right edge.
		expect(Math.min(...rtl.bands[0]!.scale.range())).toBeGreaterThan(Math.max(...rtl.bands.at(-1)!.scale.range()) - 1);
	});

	it('swaps the arrow keys right to left, as the axis swaps', () => {
		const stops = ['2025-02-12', '2025-02-17', '2025-02-24'];
		const ends = { start: '2025-02-12', end: '2025-02-24' };
		expect(stepDay('2025-02-17', 'ArrowLeft', stops, ends, true)).toBe('2025-02-24');
		expect(stepDay('2025-02-17', 'ArrowRight', stops, ends, true)).toBe('2025-02-12');
		expect(stepDay('2025-02-17', 'ArrowUp', stops, ends, true)).toBe('2025-02-24');
		expect(stepDay('2025-02-17', 'Home', stops, ends, true)).toBe('2025-02-12');
	});

	it('survives a story with no dated event', () => {
		const a = buildAxis([{}], 400);
		expect(a.start).toBe(a.end);
		expect(Number.isFinite(a.x(a.start))).toBe(true);
	});
});
