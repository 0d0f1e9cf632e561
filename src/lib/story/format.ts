/**
 * Reader-facing text built from story data: quotations, figures and citation lines. Pure
 * functions, no DOM: the panel, the place pages, the handouts and the embed all format the
 * same way, and the data never has to carry typography (quote marks around a quote, the
 * space between a number and its unit).
 *
 * Quotations take the story's `language` (the schema defaults it to "en", as `DEFAULT_LOCALE`
 * does here): a quote is the story's text. Figure lines and citation lines are the
 * interface's sentences around the story's data, so they take the interface's language (the
 * page's, unless given): its words from the messages ("more than", "according to", "as of"),
 * its numbers, dates and lists from Intl. The data inside them (a unit, what a figure
 * measures, a report's wording) stays as the story wrote it.
 */
import type { Figure, ReportMeta, Story } from './schema';
import { dir, type Locale } from '../i18n/locales';
import { figureOptions, formatDayLong, formatList, formatMonth, formatNumber as formatIntlNumber } from '../i18n/format';
import { pageLocale } from '../i18n/page';
import { figureNumber, qualifyAmount } from '../i18n/figures';
import { figure_according_to, figure_as_of, source_date_inferred } from '../paraglide/messages.js';

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
	if (isLocale(locale)) return figureNumber(value, locale);
	// A story language the interface lacks: the same rule, uncached (rare, and never per frame).
	return new Intl.NumberFormat(locale, figureOptions(value)).format(value);
}

const LOCALES: readonly string[] = ['en', 'fr', 'de', 'uk', 'ru', 'ar'];
const isLocale = (l: string): l is Locale => LOCALES.includes(l);
/** The interface language a line is written in: the one asked for if the interface has it, else the page's. */
const uiLocale = (l: string | undefined): Locale => (l && isLocale(l) ? l : pageLocale());


/** First strong isolate … pop: the story's words keep their own direction inside an Arabic line. */
const isolate = (text: string, ui: Locale) => (dir(ui) === 'rtl' ? `\u2068${text}\u2069` : text);
/** The separator between a line's clauses ("، " in Arabic). */
const comma = (ui: Locale) => (ui === 'ar' ? '\u060c ' : ', ');

// "thousands", "tens of thousands", "dozens": a count in words takes "of" before its unit.
const WORD_COUNT = /^(?:(?:tens|hundreds|dozens) of )?(?:dozens|hundreds|thousands|millions|billions)$/i;
const PER_CENT = /^(?:per ?cent|percent|%)(?:\s+|$)/i;

/**
 * The amount of a figure, its number joined to its unit by a non-breaking space: "more
 * than 12,000 troops", "20% of Ukraine’s territory", "about 540 million US dollars",
 * "thousands of troops"; "plus de 12 000 troops" on a French page (the unit is the story's
 * word). A figure without a number (or a range) keeps the report's wording.
 * @param locale the interface's language (default: the page's)
 */
export function figureAmount(f: Pick<Figure, 'text' | 'value' | 'qualifier' | 'unit'>, locale?: string): string {
	const ui = uiLocale(locale);
	const unit = f.unit?.trim();
	if (f.value !== undefined && f.qualifier !== 'range') {
		let amount: string;
		if (unit && PER_CENT.test(unit)) {
			const pct = formatIntlNumber(f.value / 100, ui, { style: 'percent', maximumFractionDigits: 2 });
			const rest = unit.replace(PER_CENT, '');
			amount = `${pct}${rest ? NBSP + isolate(rest, ui) : ''}`;
		} else amount = `${formatNumber(f.value, ui)}${unit ? NBSP + isolate(unit, ui) : ''}`;
		return qualifyAmount(amount, f.qualifier, ui);
	}
	// The report's own wording, in the story's language ("thousands of troops").
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
	/** The interface's language (default: the page's). */
	locale?: string;
	/** Actor id to display name; ids the story does not know are shown as they are. */
	actorName?: (id: string) => string | undefined;
}

/**
 * A figure as one line: amount, what it measures, who states it and the day it holds.
 * "more than 12,000 troops (strength in Russia), according to the United States and
 * Dorothy Camille Shea, as of January 2025".
 */
export function figureLine(f: Figure, { locale, actorName }: FigureLineOptions = {}): string {
	const ui = uiLocale(locale);
	let out = figureAmount(f, ui);
	if (f.measure) out += ` (${isolate(f.measure.trim(), ui)})`;
	if (f.according.length) {
		const names = f.according.map((id) => isolate(actorName?.(id) ?? id, ui));
		out += comma(ui) + figure_according_to({ names: formatList(names, ui) }, { locale: ui });
	}
	if (f.asOf) out += comma(ui) + figure_as_of({ date: uiDate(f.asOf, ui, true) }, { locale: ui });
	return out;
}

/** A day in words in the interface's language; a month's last day as the month (see formatDate). */
function uiDate(day: string, ui: Locale, monthEndAsMonth = false): string {
	return monthEndAsMonth && lastDayOfMonth(day) ? formatMonth(day, ui, true) : formatDayLong(day, ui);
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
 * @param locale the report's language, for the quotation marks around its title
 * @param ui the interface's language, for the date (default: the page's)
 */
export function citation(meta: Pick<ReportMeta, 'file' | 'title' | 'publisher' | 'date' | 'dateInferred'>, base = '', locale: string = DEFAULT_LOCALE, ui?: Locale): Citation {
	const lang = uiLocale(ui);
	const title = quote(meta.title, locale);
	const outlet = meta.publisher?.trim() || title;
	const date = `${formatDayLong(meta.date, lang)}${meta.dateInferred ? ` ${source_date_inferred({}, { locale: lang })}` : ''}`;
	const href = `${base}/reports/${encodeURIComponent(meta.file)}`;
	const shownTitle = outlet === title ? '' : title;
	return { outlet, title: shownTitle, date, href, text: [outlet, shownTitle, date].filter(Boolean).join(comma(lang)) };
}
