/**
 * Reader-facing text built from story data: quotations, figures and citation lines. Pure
 * functions, no DOM: the panel, the place pages, the handouts and the embed all format the
 * same way, and the data never has to carry typography (quote marks around a quote, the
 * space between a number and its unit).
 *
 * Every function takes a BCP 47 locale; callers pass the story's `language` (the schema
 * defaults it to "en", as `DEFAULT_LOCALE` does here). Numbers and dates go through Intl;
 * the few words around them ("according to", "as of", "more than") are English, the
 * language of every story so far.
 */
import type { Figure, ReportMeta, Story } from './schema';

/** The story schema's default language. */
export const DEFAULT_LOCALE = 'en';

/** A non-breaking space: keeps a number on the same line as its unit. */
export const NBSP = '\u00a0';

/** The locale a story's text is formatted in. */
export function storyLocale(story: Pick<Story, 'language'> | null | undefined): string {
	return story?.language || DEFAULT_LOCALE;
}

interface Marks {
	open: string;
	close: string;
	innerOpen: string;
	innerClose: string;
}

// Primary and secondary quotation marks by language (CLDR's delimiters). French guillemets
// take a non-breaking space inside.
const MARKS: Record<string, Marks> = {
	en: { open: '“', close: '”', innerOpen: '‘', innerClose: '’' },
	fr: { open: `«${NBSP}`, close: `${NBSP}»`, innerOpen: '“', innerClose: '”' },
	de: { open: '„', close: '“', innerOpen: '‚', innerClose: '‘' },
	es: { open: '«', close: '»', innerOpen: '“', innerClose: '”' },
	it: { open: '«', close: '»', innerOpen: '“', innerClose: '”' },
	ru: { open: '«', close: '»', innerOpen: '„', innerClose: '“' },
	uk: { open: '«', close: '»', innerOpen: '„', innerClose: '“' }
};

/** The quotation marks for a locale: "en-GB" uses "en"; unknown languages use English marks. */
export function quoteMarks(locale: string = DEFAULT_LOCALE): Marks {
	const lang = locale.toLowerCase().split('-')[0] ?? '';
	return MARKS[lang] ?? MARKS.en!;
}

// Double quotation marks of any style, as they occur in report texts: an opening mark and
// the closing marks it may pair with ("„" closes with "“" in German).
const DOUBLE_PAIRS: Record<string, string> = { '“': '”', '„': '“”', '«': '»', '"': '"' };
// A pair of straight single quotes used as quotation marks ('follow-up meeting'), told apart
// from apostrophes (Russia's, Kiev.'s) by the space or bracket around them.
const SINGLE_PAIRED = /(^|[\s([\u2014\u2013-])'([^']+)'(?=$|[\s.,;:!?)\]\u2014\u2013-])/g;
// A pair of double quotation marks with no other double mark between them.
const PAIRED = /(?:“|„|«\u00a0?|")([^“”„«»"]*?)(?:”|“|\u00a0?»|")/g;

/**
 * Straight quotes made typographic: a pair of straight double quotes becomes the locale's
 * primary marks; a straight single quote is an apostrophe (’), as in "Russia's". Curly
 * marks already there are kept.
 */
export function smartQuotes(text: string, locale: string = DEFAULT_LOCALE): string {
	const m = quoteMarks(locale);
	return text
		.replace(/"([^"]*)"/g, `${m.open}$1${m.close}`)
		.replace(SINGLE_PAIRED, `$1${m.innerOpen}$2${m.innerClose}`)
		.replace(/'/g, '’');
}

/** Whether the whole text is one quotation: its first mark is closed by its last, not before. */
function wholeQuote(s: string): boolean {
	const open = s[0] ?? '';
	const closers = DOUBLE_PAIRS[open];
	if (!closers || s.length < 2 || !closers.includes(s[s.length - 1]!)) return false;
	if (open === '"') return !s.slice(1, -1).includes('"');
	let depth = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s[i]!;
		if (i > 0 && closers.includes(c)) depth--;
		else if (c === open) depth++;
		if (depth === 0 && i < s.length - 1) return false; // “a” and “b”: two quotations
	}
	return depth === 0;
}

/**
 * A quotation in the locale's marks, never doubled: text that already sits inside quotation
 * marks is not wrapped again, and quotation marks inside it become the secondary style
 * (“He said ‘no’.”). Straight apostrophes become ’.
 */
export function quote(text: string, locale: string = DEFAULT_LOCALE): string {
	const m = quoteMarks(locale);
	let s = text.trim();
	if (wholeQuote(s)) s = s.slice(1, -1).trim();
	s = s
		.replace(PAIRED, `${m.innerOpen}$1${m.innerClose}`)
		.replace(SINGLE_PAIRED, `$1${m.innerOpen}$2${m.innerClose}`)
		.replace(/'/g, '’');
	return `${m.open}${s}${m.close}`;
}

/**
 * An event's `dateText` for display. It quotes the reports' words itself ("“on Monday”;
 * “yesterday”"), so it is never wrapped in further quotation marks; only straight quotes are
 * made typographic. (Which report said what is in the citations: validate.ts refuses a
 * report's internal number here.)
 */
export function formatDateText(dateText: string, locale: string = DEFAULT_LOCALE): string {
	return smartQuotes(dateText.trim(), locale);
}

/** "12,000" in English, "12 000" in French; millions and more in words ("540 million"). */
export function formatNumber(value: number, locale: string = DEFAULT_LOCALE): string {
	if (Math.abs(value) >= 1e6) return new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(value);
	return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

const QUALIFIER: Record<NonNullable<Figure['qualifier']>, string> = {
	exact: '',
	about: 'about ',
	'more-than': 'more than ',
	'fewer-than': 'fewer than ',
	'up-to': 'up to ',
	range: ''
};

// "thousands", "tens of thousands", "dozens": a count in words takes "of" before its unit.
const WORD_COUNT = /^(?:(?:tens|hundreds|dozens) of )?(?:dozens|hundreds|thousands|millions|billions)$/i;
const PER_CENT = /^(?:per ?cent|percent|%)(?:\s+|$)/i;

/**
 * The amount of a figure, its number joined to its unit by a non-breaking space: "more
 * than 12,000 troops", "20% of Ukraine’s territory", "about 540 million US dollars",
 * "thousands of troops". A figure without a number (or a range) keeps the report's wording.
 */
export function figureAmount(f: Pick<Figure, 'text' | 'value' | 'qualifier' | 'unit'>, locale: string = DEFAULT_LOCALE): string {
	const unit = f.unit?.trim();
	if (f.value !== undefined && f.qualifier !== 'range') {
		const words = QUALIFIER[f.qualifier ?? 'exact'];
		if (unit && PER_CENT.test(unit)) {
			const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(f.value / 100);
			const rest = unit.replace(PER_CENT, '');
			return `${words}${pct}${rest ? NBSP + rest : ''}`;
		}
		return `${words}${formatNumber(f.value, locale)}${unit ? NBSP + unit : ''}`;
	}
	const text = f.text.trim();
	if (!unit) return text;
	return WORD_COUNT.test(text) ? `${text}${NBSP}of ${unit}` : `${text}${NBSP}${unit}`;
}

/**
 * Bare "en" writes dates and lists as the rest of the site does, in the British English the
 * stories are written in: day before month (model.ts: "18 Feb 2025"), no serial comma.
 * "en-US" still gets US usage.
 */
function textLocale(locale: string): string {
	return locale.toLowerCase() === 'en' ? 'en-GB' : locale;
}

function lastDayOfMonth(day: string): boolean {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.getUTCDate() === 1;
}

/**
 * A day in words: "18 February 2025". With `monthEndAsMonth`, a month's last day reads as
 * the month ("January 2025"): the schema stores a figure the reports give only by month
 * (or year) on that period's last day, and the reader should not see a precision the
 * reports never gave.
 */
export function formatDate(day: string, locale: string = DEFAULT_LOCALE, monthEndAsMonth = false): string {
	const d = new Date(`${day}T00:00:00Z`);
	if (Number.isNaN(d.getTime())) return day;
	const month = monthEndAsMonth && lastDayOfMonth(day);
	return new Intl.DateTimeFormat(textLocale(locale), month ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

export interface FigureLineOptions {
	locale?: string;
	/** Actor id to display name; ids the story does not know are shown as they are. */
	actorName?: (id: string) => string | undefined;
}

/**
 * A figure as one line: amount, what it measures, who states it and the day it holds.
 * "more than 12,000 troops (strength in Russia), according to the United States and
 * Dorothy Camille Shea, as of January 2025".
 */
export function figureLine(f: Figure, { locale = DEFAULT_LOCALE, actorName }: FigureLineOptions = {}): string {
	let out = figureAmount(f, locale);
	if (f.measure) out += ` (${f.measure.trim()})`;
	if (f.according.length) {
		const names = f.according.map((id) => actorName?.(id) ?? id);
		out += `, according to ${new Intl.ListFormat(textLocale(locale), { type: 'conjunction' }).format(names)}`;
	}
	if (f.asOf) out += `, as of ${formatDate(f.asOf, locale, true)}`;
	return out;
}

export interface Citation {
	/** The outlet, or the report's title in quotation marks when the outlet is unknown. */
	outlet: string;
	/** The report's title in quotation marks; empty when it already stands as the outlet. */
	title: string;
	/** Publication day in words, marked when it was inferred rather than printed. */
	date: string;
	/** Link to the report text. */
	href: string;
	/** The whole line without the link: "Sky News, “Live: …”, 18 February 2025". */
	text: string;
}

/**
 * A citation line from a report's index metadata: outlet, title, date and link. It reads
 * only the reader-facing fields; `dateBasis` (how the date was worked out) never appears.
 * @param base the site's base path, as SvelteKit's `base` ("" at the root)
 */
export function citation(meta: Pick<ReportMeta, 'file' | 'title' | 'publisher' | 'date' | 'dateInferred'>, base = '', locale: string = DEFAULT_LOCALE): Citation {
	const title = quote(meta.title, locale);
	const outlet = meta.publisher?.trim() || title;
	const date = `${formatDate(meta.date, locale)}${meta.dateInferred ? ' (date inferred)' : ''}`;
	const href = `${base}/reports/${encodeURIComponent(meta.file)}`;
	const shownTitle = outlet === title ? '' : title;
	return { outlet, title: shownTitle, date, href, text: [outlet, shownTitle, date].filter(Boolean).join(', ') };
}
