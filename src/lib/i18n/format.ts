/**
 * Dates, numbers, lists, plural categories and relative times in the interface's language,
 * all through Intl (no month arrays, no hand-made plural rules). Formatters are cached per
 * locale and options: building an Intl formatter costs far more than using one, and a list
 * of ten thousand rows formats ten thousand dates.
 *
 * Days are the story format's "YYYY-MM-DD" strings and are formatted in UTC, so a day never
 * shifts with the reader's time zone.
 *
 * English keeps the site's existing short form ("18 Feb 2025", "Sep" not ICU's en-GB
 * "Sept"), so the wiring pass changes no English text and the output does not depend on
 * the ICU version of Node (prerender) or of the browser (hydration).
 */
import { intlLocale, type Locale } from './locales';

const cache = new Map<string, unknown>();
function cached<T>(kind: string, locale: Locale, options: object, make: () => T): T {
	const key = `${kind}|${locale}|${JSON.stringify(options)}`;
	let f = cache.get(key) as T | undefined;
	if (!f) cache.set(key, (f = make()));
	return f;
}

const dtf = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
	cached('dt', locale, options, () => new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', ...options }));

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "YYYY-MM-DD" as a UTC date, or null when it is not a real day. */
export function parseDay(day: string): Date | null {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
	const d = new Date(`${day}T00:00:00Z`);
	return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day ? null : d;
}

/** A day, short: "18 Feb 2025", "18 févr. 2025", "18. Feb. 2025", "18 лют. 2025 р.", "18 فبراير 2025". Not a day: returned as it is. */
export function formatDay(day: string, locale: Locale): string {
	const d = parseDay(day);
	if (!d) return day;
	if (locale === 'en') return `${d.getUTCDate()} ${EN_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
	return dtf(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(d);
}

/** A day in words: "18 February 2025", "18 février 2025", "18 лютого 2025 р.". */
export function formatDayLong(day: string, locale: Locale): string {
	const d = parseDay(day);
	return d ? dtf(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(d) : day;
}

/** A month: "Feb 2025" (English, as the site writes it), "févr. 2025", "лют. 2025 р."; `long` gives "February 2025". */
export function formatMonth(day: string, locale: Locale, long = false): string {
	const d = parseDay(day);
	if (!d) return day;
	if (locale === 'en' && !long) return `${EN_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
	return dtf(locale, { month: long ? 'long' : 'short', year: 'numeric' }).format(d);
}

/**
 * Two days as one span. English keeps "18 Feb 2025 – 20 Feb 2025" (the site's wording);
 * other languages use Intl's range format, which shares what the ends have in common
 * ("18–20 févr. 2025"). The same day twice is that day.
 */
export function formatDayRange(start: string, end: string, locale: Locale): string {
	if (start === end) return formatDay(start, locale);
	const a = parseDay(start);
	const b = parseDay(end);
	if (!a || !b || locale === 'en') return `${formatDay(start, locale)} – ${formatDay(end, locale)}`;
	return dtf(locale, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(a, b);
}

/** A number: "12,000", "12 000", "12.000", "12 000", "12 000", "12,000" (Arabic with Latin digits: see intlLocale). */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
	return cached('nf', locale, options, () => new Intl.NumberFormat(intlLocale(locale), options)).format(value);
}

/**
 * How a figure's number is written: millions and more in words ("540 million", "540 Millionen"),
 * since a reader compares them by order of magnitude; below that, digits with at most two
 * decimals. The one rule behind the panel's figure lines, the marks' count labels and the
 * story's own formatter.
 */
export function figureOptions(value: number): Intl.NumberFormatOptions {
	return Math.abs(value) >= 1e6 ? FIGURE_COMPACT : FIGURE_PLAIN;
}
const FIGURE_COMPACT: Intl.NumberFormatOptions = { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 };
const FIGURE_PLAIN: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };

/** A figure's number in the interface's language: "12,000", "12 000", "540 million". */
export function formatFigure(value: number, locale: Locale): string {
	return formatNumber(value, locale, figureOptions(value));
}

/** Names joined as the language joins them: "A, B and C", "A, B et C", "A, B і C", "A وB وC". */
export function formatList(items: readonly string[], locale: Locale, type: Intl.ListFormatType = 'conjunction'): string {
	return cached('lf', locale, { type }, () => new Intl.ListFormat(intlLocale(locale), { type })).format(items);
}

/** The CLDR plural category of a count: what a message with plural variants selects on. */
export function pluralCategory(n: number, locale: Locale, type: Intl.PluralRuleType = 'cardinal'): Intl.LDMLPluralRule {
	return cached('pr', locale, { type }, () => new Intl.PluralRules(intlLocale(locale), { type })).select(n);
}

/** The categories a language's cardinal numbers take (one/other in English; zero…many and other in Arabic). */
export function pluralCategories(locale: Locale): Intl.LDMLPluralRule[] {
	return cached('pr', locale, { type: 'cardinal' }, () => new Intl.PluralRules(intlLocale(locale), { type: 'cardinal' })).resolvedOptions()
		.pluralCategories as Intl.LDMLPluralRule[];
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
	['year', 365 * 86400],
	['month', 30 * 86400],
	['week', 7 * 86400],
	['day', 86400],
	['hour', 3600],
	['minute', 60],
	['second', 1]
];

/**
 * A time relative to `now`, in the largest whole unit: "3 days ago", "il y a 3 jours",
 * "через 2 тижні", "yesterday" (numeric: 'auto'). For a presenter's "updated" line or a
 * report's age; the story's own dates stay absolute.
 */
export function formatRelative(date: Date, now: Date, locale: Locale): string {
	const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
	const [unit, size] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
	const rtf = cached('rt', locale, {}, () => new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' }));
	return rtf.format(Math.trunc(seconds / size), unit);
}

/** A collator for sorting names in the reader's language (the list's columns, the filters' actors). */
export function collator(locale: Locale): Intl.Collator {
	return cached('co', locale, {}, () => new Intl.Collator(intlLocale(locale)));
}

/**
 * Data text set apart from the sentence around it for the bidi algorithm (FSI … PDI), for
 * plain-text places such as aria-label and title: an English place name in an Arabic
 * sentence, or an Arabic name in an English one, keeps its own order and does not drag the
 * punctuation next to it. In markup, use <bdi> instead.
 */
export function isolate(text: string): string {
	return `\u2068${text}\u2069`;
}

/**
 * A list as its parts, for markup that isolates each item (`<bdi>`): the language's own
 * separators between them ("A, B et C"; Arabic "A وB وC").
 */
export function formatListParts(items: readonly string[], locale: Locale, type: Intl.ListFormatType = 'conjunction'): { type: 'element' | 'literal'; value: string }[] {
	return cached('lf', locale, { type }, () => new Intl.ListFormat(intlLocale(locale), { type })).formatToParts(items);
}
