/**
 * The timeline's geometry: a true time axis, so a day is as wide as any other day and
 * 2008 → 2022 is not drawn as wide as 17 → 18 February. Ticks come from d3-time's `utcTicks`,
 * the same "nice" dates d3's scaleUtc gives; the scale itself is the few lines below, because
 * d3-scale's scaleUtc brings d3-interpolate, d3-color and d3-time-format along (about 14 kB
 * gzip, measured, in both the site's and the embed's first download) for a linear map of
 * two numbers and a default tick format we replace with Intl.
 *
 * A news story is a few dense weeks with a long backstory (a 2008 summit, a 2022 invasion).
 * On one linear axis the weeks would be a few pixels at the right edge; so when the
 * backstory is longer than the weeks that hold most of the events, it gets a compressed
 * "before" band of its own at the left, separated by a break: still a time scale, with its
 * own ticks, only at a smaller scale. Pure functions: no DOM, tested with fixtures.
 */
import { utcTicks } from 'd3-time';
import { eventWindow, type DayWindow } from '$lib/story/model';
import type { StoryEvent } from '$lib/story/schema';

const DAY = 86_400_000;

/** A linear scale from a span of UTC time to pixels, with d3's nice time ticks. */
export interface TimeScale {
	(d: Date): number;
	invert(x: number): Date;
	ticks(count: number): Date[];
	domain(): [Date, Date];
	range(): [number, number];
}

export function timeScale(domain: [Date, Date], range: [number, number]): TimeScale {
	const [t0, t1] = [domain[0].getTime(), domain[1].getTime()];
	const [x0, x1] = range;
	const k = t1 === t0 ? 0 : (x1 - x0) / (t1 - t0);
	const scale = ((d: Date) => x0 + (d.getTime() - t0) * k) as TimeScale;
	scale.invert = (x) => new Date(k === 0 ? t0 : t0 + (x - x0) / k);
	scale.ticks = (count) => utcTicks(domain[0], domain[1], count);
	scale.domain = () => [domain[0], domain[1]];
	scale.range = () => [x0, x1];
	return scale;
}

export const toDate = (day: string): Date => new Date(`${day}T00:00:00Z`);
export const toDay = (d: Date): string => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => toDay(new Date(toDate(day).getTime() + n * DAY));

export interface Band {
	scale: TimeScale;
	/** The band's first and last day, inclusive. */
	start: string;
	end: string;
	/** The compressed backstory band, drawn behind a break. */
	compressed: boolean;
}

export interface Tick {
	x: number;
	day: string;
	label: string;
}

export interface Axis {
	width: number;
	bands: Band[];
	/** The first and last day on the axis. */
	start: string;
	end: string;
	/** A day's x, in pixels from the left of the axis. */
	x(day: string): number;
	/** The day under an x (clamped to the axis). */
	day(x: number): string;
	/** Labelled ticks at sensible dates: years, months or days, as the scale allows. */
	ticks: Tick[];
	/** Where breaks are drawn, between a compressed band and the next. */
	breaks: number[];
}

export interface AxisOptions {
	/** Share of the dated events the main band must hold. */
	focusShare?: number;
	/** Width of the compressed band, as a share of the axis (at least `minBeforePx`). */
	beforeShare?: number;
	minBeforePx?: number;
	/** Room between bands for the break mark. */
	gap?: number;
	/** The least distance between neighbouring ticks, px (a compressed band's: at most 40). */
	tickSpacing?: number;
	locale?: string;
	/**
	 * Time runs right to left (an Arabic interface): the oldest day at the right edge. The
	 * axis is built left to right and mirrored, so bands, ticks and breaks are the same.
	 */
	rtl?: boolean;
}

/** The days the axis must cover: every dated event's start and end. */
function datedSpans(events: readonly Pick<StoryEvent, 'date' | 'start' | 'end'>[]): DayWindow[] {
	return events.map((e) => eventWindow(e)).filter((w): w is DayWindow => w !== null);
}

/**
 * The day the main band starts on, or null for one band. The main band is the shortest span
 * ending at the story's last day that holds `focusShare` of the dated events; a backstory
 * only gets compressed when it is longer than that span, so a story spread evenly over its
 * years keeps one honest linear axis.
 */
export function focusStart(spans: readonly DayWindow[], focusShare = 0.65): string | null {
	if (spans.length < 3) return null;
	const starts = spans.map((w) => w.start).sort();
	const first = starts[0]!;
	const last = spans.reduce((m, w) => (w.end > m ? w.end : m), first);
	const at = starts[Math.max(0, Math.min(starts.length - 1, Math.floor(starts.length * (1 - focusShare))))]!;
	const focusDays = (toDate(last).getTime() - toDate(at).getTime()) / DAY + 1;
	const beforeDays = (toDate(at).getTime() - toDate(first).getTime()) / DAY;
	if (beforeDays <= focusDays * 2) return null;
	// Room before the first focused event, so it does not sit on the break.
	const pad = Math.max(1, Math.round(focusDays * 0.06));
	const start = addDays(at, -pad);
	return start > first ? start : null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string, o: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(o)}`;
	let f = formatters.get(key);
	if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { ...o, timeZone: 'UTC' })));
	return f;
}

/**
 * A tick's label by what the tick marks, in the story's language: "2024" on a new year,
 * "Feb" on a new month (with the year in January), "18 Feb" on a day.
 */
export function tickLabel(d: Date, locale = 'en'): string {
	if (d.getUTCMonth() === 0 && d.getUTCDate() === 1) return fmt(locale, { year: 'numeric' }).format(d);
	if (d.getUTCDate() === 1) return fmt(locale, { month: 'short' }).format(d);
	return fmt(locale, { day: 'numeric', month: 'short' }).format(d);
}

/** About how wide a tick label is drawn (11 px type, Timeline.svelte), for keeping labels apart. */
export const labelWidth = (label: string) => label.length * 6.5 + 4;

/** The smallest distance between neighbouring ticks, in pixels (Infinity for fewer than two). */
function minGap(xs: readonly number[]): number {
	let m = Infinity;
	for (let i = 1; i < xs.length; i++) m = Math.min(m, xs[i]! - xs[i - 1]!);
	return m;
}

/**
 * A band's ticks at least `spacing` px apart. d3's tick count is a wish, not a promise: over 61
 * days in 1,180 px it picks every second day (39 px apart, "Mar 11 Mar13…" run together).
 * Fewer ticks are asked for until the nicest interval d3 picks leaves room for each label.
 */
function bandTicks(b: Band, spacing: number, locale: string): Tick[] {
	const [x0, x1] = b.scale.range() as [number, number];
	let n = Math.max(1, Math.floor((x1 - x0) / spacing));
	let ticks = b.scale.ticks(n);
	const room = (ds: Date[]) => {
		const widest = Math.max(0, ...ds.map((d) => labelWidth(tickLabel(d, locale))));
		return minGap(ds.map((d) => b.scale(d))) >= Math.max(spacing, widest + 8);
	};
	while (n > 1 && !room(ticks)) {
		n = Math.max(1, Math.min(n - 1, Math.floor(n * 0.75)));
		ticks = b.scale.ticks(n);
	}
	// A band too short for any "nice" date still names where it starts.
	const dates = ticks.length ? ticks : [toDate(b.start)];
	return dates.map((d) => ({ x: b.scale(d), day: toDay(d), label: tickLabel(d, locale) }));
}

/**
 * Ticks whose labels would touch a neighbour's are dropped, across bands too (the last tick
 * of a compressed band and the first of the next sit on either side of a narrow break).
 */
export function spaceTicks(ticks: readonly Tick[], pad = 6): Tick[] {
	const out: Tick[] = [];
	for (const t of [...ticks].sort((a, b) => a.x - b.x)) {
		const prev = out[out.length - 1];
		if (prev && t.x - prev.x < (labelWidth(prev.label) + labelWidth(t.label)) / 2 + pad) continue;
		out.push(t);
	}
	return out;
}

/**
 * The axis for a story's events over `width` pixels. With no dated event it spans one day,
 * so the component still has something to draw.
 */
export function buildAxis(events: readonly Pick<StoryEvent, 'date' | 'start' | 'end'>[], width: number, options: AxisOptions = {}): Axis {
	const { focusShare = 0.65, beforeShare = 0.2, minBeforePx = 72, gap = 14, tickSpacing = 64, locale = 'en', rtl = false } = options;
	const spans = datedSpans(events);
	const today = toDay(new Date());
	const start = spans.length ? spans.reduce((m, w) => (w.start < m ? w.start : m), spans[0]!.start) : today;
	const end = spans.length ? spans.reduce((m, w) => (w.end > m ? w.end : m), spans[0]!.end) : today;
	const w = Math.max(1, width);
	// The endpoints of the bands, oldest first: the main band's start, then, when the
	// backstory has its own long tail (a 2008 summit behind a 2024 build-up), a second break.
	const splits: string[] = [];
	const split = focusStart(spans, focusShare);
	if (split && w >= minBeforePx * 3) {
		splits.push(split);
		const earlier = spans.filter((s) => s.start < split).map((s) => ({ start: s.start, end: s.end < split ? s.end : addDays(split, -1) }));
		const second = focusStart(earlier, focusShare);
		if (second && w >= minBeforePx * 6) splits.unshift(second);
	}
	// The axis runs to the end of the last day, so a day is a stretch, not a point.
	const endOf = (day: string) => new Date(toDate(day).getTime() + DAY);
	const starts = [start, ...splits];
	const ends = [...splits.map((d) => addDays(d, -1)), end];
	// The backstory takes `beforeShare` of the width; with two bands, the older gets a third of it.
	const beforeW = splits.length ? Math.max(minBeforePx * splits.length, Math.round(w * beforeShare)) : 0;
	const widths = splits.length === 2 ? [Math.round(beforeW / 3), beforeW - Math.round(beforeW / 3)] : splits.length ? [beforeW] : [];
	const bands: Band[] = [];
	let x0 = 0;
	starts.forEach((s, i) => {
		const last = i === starts.length - 1;
		const x1 = last ? w : x0 + widths[i]!;
		bands.push({ scale: timeScale([toDate(s), endOf(ends[i]!)], [x0, last ? x1 : x1 - gap]), start: s, end: ends[i]!, compressed: !last });
		x0 = x1;
	});
	const bandOf = (day: string) => bands.find((b) => day <= b.end) ?? bands[bands.length - 1]!;
	// A day is drawn at its middle: the tick for 18 February sits inside 18 February.
	const x = (day: string) => {
		const b = bandOf(day < start ? start : day > end ? end : day);
		const t = toDate(day).getTime() + DAY / 2;
		return b.scale(new Date(t));
	};
	const day = (px: number) => {
		const p = Math.max(0, Math.min(w, px));
		let b = bands[bands.length - 1]!;
		for (const c of bands) {
			const [, x1] = c.scale.range() as [number, number];
			if (p <= x1 + (c.compressed ? gap / 2 : 0)) {
				b = c;
				break;
			}
		}
		const d = toDay(b.scale.invert(p));
		return d < b.start ? b.start : d > b.end ? b.end : d;
	};
	const ticks = spaceTicks(bands.flatMap((b) => bandTicks(b, b.compressed ? Math.min(tickSpacing, 40) : tickSpacing, locale)));
	const breaks = bands.slice(1).map((b, i) => (bands[i]!.scale.range()[1]! + b.scale.range()[0]!) / 2);
	const axis = { width: w, bands, start, end, x, day, ticks, breaks };
	return rtl ? mirror(axis) : axis;
}

/** The same axis read right to left: every x becomes `width - x`. */
function mirror(a: Axis): Axis {
	const w = a.width;
	return {
		...a,
		bands: a.bands.map((b) => {
			const [x0, x1] = b.scale.range();
			return { ...b, scale: timeScale(b.scale.domain(), [w - x0, w - x1]) };
		}),
		x: (day) => w - a.x(day),
		day: (px) => a.day(w - px),
		ticks: a.ticks.map((t) => ({ ...t, x: w - t.x })).sort((p, q) => p.x - q.x),
		breaks: a.breaks.map((b) => w - b)
	};
}

/**
 * The day a key press moves a handle to: arrows step to the previous or next day on which
 * something starts or ends (the stops), Page keys a month, Home and End the axis ends.
 * With `rtl` the left and right arrows swap, as the axis does.
 */
export function stepDay(current: string, key: string, stops: readonly string[], axis: Pick<Axis, 'start' | 'end'>, rtl = false): string | null {
	// Right to left, the left arrow goes where the axis goes: later (WAI-ARIA's slider pattern).
	if (rtl && key === 'ArrowLeft') key = 'ArrowRight';
	else if (rtl && key === 'ArrowRight') key = 'ArrowLeft';
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowDown':
			return [...stops].reverse().find((d) => d < current) ?? axis.start;
		case 'ArrowRight':
		case 'ArrowUp':
			return stops.find((d) => d > current) ?? axis.end;
		case 'PageDown': {
			const d = toDate(current);
			d.setUTCMonth(d.getUTCMonth() - 1);
			const s = toDay(d);
			return s < axis.start ? axis.start : s;
		}
		case 'PageUp': {
			const d = toDate(current);
			d.setUTCMonth(d.getUTCMonth() + 1);
			const s = toDay(d);
			return s > axis.end ? axis.end : s;
		}
		case 'Home':
			return axis.start;
		case 'End':
			return axis.end;
		default:
			return null;
	}
}

/** Every day on which a dated event starts or ends, sorted: where keyboard steps stop. */
export function stopDays(events: readonly Pick<StoryEvent, 'date' | 'start' | 'end'>[]): string[] {
	const s = new Set<string>();
	for (const w of datedSpans(events)) {
		s.add(w.start);
		s.add(w.end);
	}
	return [...s].sort();
}
