/**
 * Event extraction: one pass over the sentences of a report, with the toponyms already found.
 * Sentences come from wink-nlp (abbreviation-aware boundaries: "Feb.", "U.S."), line breaks
 * always ending one. For each sentence, the kinds' cue words (src/lib/kinds/*.ingest.ts, looped
 * over, never named here) say what happened; the clause holding the cue gives the status and the
 * date (chrono-node, English or French, resolved backwards for past events and forwards for
 * planned ones; a past event with no date word takes the report's date); the kind's reader finds
 * its place, parties and figures. Each event keeps its quote (the sentence, verbatim).
 */
import * as chrono from 'chrono-node';
import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Toponym } from './geoparse';
import type { Gazetteer } from './gazetteer';
import { INGEST_RULES } from '../kinds/ingest-rules';
import type { ClauseContext, KindRules, Lang, PersonAt } from './kind-rules';
import { groupOf } from './kind-rules';

export type Goods = 'oil' | 'arms' | 'money' | 'minerals' | 'investment' | 'sanctions' | 'other';

export interface Sentence {
	start: number;
	end: number;
	text: string;
	/** Offset of the line (paragraph) the sentence is in. */
	line?: number;
}

export interface Person {
	name: string;
	/** Surname, as used alone later ("Rubio"). */
	short: string;
	/** ISO2 country from the nearest country or demonym before the name ("Russian President Vladimir Putin"). */
	country: string | null;
}

export interface DateInfo {
	date?: string;
	start?: string;
	end?: string;
	dateText?: string;
}

let nlp: ReturnType<typeof winkNLP> | null = null;
let nlpPos: ReturnType<typeof winkNLP> | null = null;
/** wink-nlp with sentence boundaries only (the other stages — entities, sentiment — are not used). */
function wink(): ReturnType<typeof winkNLP> {
	// Loaded on first use: the model is ~4 MB of JavaScript, needed only by the CLI.
	nlp ??= winkNLP(model, ['sbd']);
	return nlp;
}
/** wink-nlp with parts of speech and lemmas, for tense. */
function winkPos(): ReturnType<typeof winkNLP> {
	nlpPos ??= winkNLP(model, ['sbd', 'pos']);
	return nlpPos;
}

/**
 * Well-known international organisations and armed groups (general knowledge, English and
 * French forms): [canonical name, ...forms]. Forms are matched case-sensitively as whole words.
 */
const ORGANISATIONS: ReadonlyArray<readonly string[]> = [
	['NATO', 'NATO', 'OTAN', 'North Atlantic Treaty Organization', 'Organisation du traité de l’Atlantique nord'],
	['European Union', 'European Union', 'EU', 'Union européenne', 'UE'],
	['United Nations', 'United Nations', 'UN', 'Nations unies', 'ONU'],
	['International Committee of the Red Cross', 'International Committee of the Red Cross', 'ICRC', 'Red Cross', 'Croix-Rouge', 'CICR'],
	['Red Crescent', 'Red Crescent', 'Croissant-Rouge'],
	['Gulf Cooperation Council', 'Gulf Cooperation Council', 'GCC', 'Conseil de coopération du Golfe', 'CCG'],
	['African Union', 'African Union', 'Union africaine'],
	['OPEC', 'OPEC', 'OPEP'],
	['G7', 'G7'],
	['G20', 'G20'],
	['International Atomic Energy Agency', 'International Atomic Energy Agency', 'IAEA', 'AIEA'],
	['World Health Organization', 'World Health Organization', 'WHO', 'OMS'],
	['International Monetary Fund', 'International Monetary Fund', 'IMF', 'FMI'],
	['World Bank', 'World Bank', 'Banque mondiale'],
	['ASEAN', 'ASEAN'],
	['OSCE', 'OSCE'],
	['Arab League', 'Arab League', 'Ligue arabe'],
	['Hamas', 'Hamas'],
	['Hezbollah', 'Hezbollah'],
	['Houthis', 'Houthis', 'Houthi'],
	['Taliban', 'Taliban']
];
const ORG_RE = new RegExp(
	`(?<![\\p{L}\\p{N}])(${ORGANISATIONS.flatMap((o) => o.slice(1)).sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^\${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
	'gu'
);
const ORG_BY_FORM = new Map(ORGANISATIONS.flatMap((o) => o.slice(1).map((f) => [f, o[0]!] as const)));

/** Organisations named in a piece of text (canonical names, in order, once each). */
export function findOrganisations(text: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(ORG_RE)) {
		const name = ORG_BY_FORM.get(m[1]!);
		if (name && !out.includes(name)) out.push(name);
	}
	return out;
}

/** French or English, from the share of common function words. */
export function languageOf(text: string): Lang {
	const sample = text.slice(0, 4000).toLowerCase();
	const fr = (sample.match(/\b(?:le|la|les|des|du|et|une|est|dans|pour|qui|que|sur|au|aux|avec|a été|ont)\b/g) ?? []).length;
	const en = (sample.match(/\b(?:the|and|of|to|is|in|for|that|with|on|was|were|has|have|said)\b/g) ?? []).length;
	return fr > en ? 'fr' : 'en';
}

/** A sentence end the model may miss: an abbreviation it does not know is not one ("Gen.", "Calif."). */
const ABBREV_END = /(?:\b[A-Z]|\bSt|\bMr|\bMrs|\bDr|\bMs|\bNo|\bGen|\bCol|\bLt|\bSgt|\bGov|\bSen|\bRep|\bRev|\bProf|\bJan|\bFeb|\bMar|\bApr|\bAug|\bSept?|\bOct|\bNov|\bDec|\bvs|\bU\.S|\bU\.K|\bU\.N|\be\.g|\bi\.e|\bp\.m|\ba\.m|\bInc|\bCorp|\bCo|\bJr|\bSr|\bM)\.$/;

/**
 * Split into sentences with offsets, each a verbatim slice of the text. Line breaks always end a
 * sentence; within a line, wink-nlp's sentence boundaries, joined again where a boundary follows
 * an abbreviation or a lower-case word starts the next piece.
 */
export function splitSentences(text: string): Sentence[] {
	// The drafter asks twice per report (events, then the places' quotes): keep the last answer.
	if (text === lastSplit.text) return lastSplit.sentences;
	const sentences = splitUncached(text);
	lastSplit = { text, sentences };
	return sentences;
}
let lastSplit: { text: string | null; sentences: Sentence[] } = { text: null, sentences: [] };

function splitUncached(text: string): Sentence[] {
	const out: Sentence[] = [];
	const re = /[^\n]+/g;
	const w = wink();
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const line = m[0];
		const base = m.index;
		if (!line.trim()) continue;
		// A report file's own first line "Source: <outlet>, <date>, <url>" (geo/reports, the
		// studio) is where it came from, not what it says.
		if (!out.length && /^Source:\s.*(?:https?:\/\/|\d{4}-\d{2}-\d{2})/.test(line)) continue;
		const pieces: Array<[number, number]> = [];
		// The store's own "date 2025-03-21" prefix before a headline is not part of any sentence.
		const prefix = /^\s*date \d{4}-\d{2}(?:-\d{2})?\s+/.exec(line)?.[0].length ?? 0;
		let cursor = 0;
		if (/[.!?]\s/.test(line)) {
			for (const st of w.readDoc(line).sentences().out()) {
				const t = st.trim();
				if (!t) continue;
				const at = line.indexOf(t, cursor);
				if (at < 0) {
					pieces.length = 0;
					break;
				}
				pieces.push([at, at + t.length]);
				cursor = at + t.length;
			}
		}
		if (!pieces.length) pieces.push([0, line.length]);
		if (prefix && pieces[0]![0] < prefix) pieces[0]![0] = prefix;
		// Join pieces split after an abbreviation, or whose next piece starts in lower case.
		const merged: Array<[number, number]> = [];
		for (const p of pieces) {
			const prev = merged[merged.length - 1];
			const head = line.slice(p[0], p[0] + 2);
			if (prev && (ABBREV_END.test(line.slice(Math.max(0, prev[1] - 6), prev[1])) || /^[\p{Ll}]/u.test(head) || !/[.!?…"”’»)]$/.test(line.slice(prev[0], prev[1]).trimEnd()))) prev[1] = p[1];
			else merged.push([p[0], p[1]]);
		}
		for (const [a, b] of merged) {
			const raw = line.slice(a, b);
			const lead = raw.length - raw.trimStart().length;
			const t = raw.trim();
			if (t) out.push({ start: base + a + lead, end: base + a + lead + t.length, text: t, line: base });
		}
	}
	return out;
}

/** A past-tense verb of an event: what follows it in the clause tells of that event. */
const PAST_EVENT_VERB = /\b(?:met|held|hosted|visited|travell?ed|went|arrived|flew|signed|spoke|talked|gathered|convened|sat down)\b/i;

export function statusOf(s: string): ExtractedEvent['status'] {
	if (/\b(?:cancel(?:l)?ed|called off|scrapped|annulée?s?)\b/i.test(s)) return 'cancelled';
	if (/\bpostpon|\bdelay(?:ed|s)\b|\bput off\b|\breschedul|\breport[ée]e?s?\b/i.test(s)) return 'postponed';
	if (/\b(?:propos\w*|suggest\w*|offer(?:s|ed)?|could|would be willing|ready to|envisag\w*)\b/i.test(s)) return 'proposed';
	// "met in Lisbon to sign a deal": an infinitive of purpose after a past verb is not a plan.
	const purpose = /\bto (?:meet|hold|host|visit|travel|sign)\b/i.exec(s);
	if (purpose && !PAST_EVENT_VERB.test(s.slice(0, purpose.index))) return 'planned';
	if (
		/\b(?:will|shall|would|'ll|plans? to|planned|planning|due (?:to|in|on)|scheduled|is expected|are expected|is set to|are set to|next week|next month|tomorrow|upcoming|later (?:this|on)|ahead|va|vont|devrait|devraient|prévue?s?|se rendra|aura lieu|doit se tenir|prochaine?)\b/i.test(
			s
		)
	)
		return 'planned';
	return 'happened';
}

/**
 * The clause of a sentence that holds offset `at` (relative to the sentence): bounded by
 * subordinators, relative pronouns, semicolons and dashes, so that "the trip, delayed because of
 * other talks" gives the trip its own status.
 */
export function clauseAround(s: Sentence, at: number): Sentence {
	const rel = at - s.start;
	const bound = /(?:,\s+(?:which|who|where|when|after|before|while|as|since|although|though|but|following|ahead of|amid|qui|où|après|avant|alors que|tandis que)\b|;|\s[—–]\s|\s(?:because|after|before|while|since|although|though|following|ahead of|amid|until|once|après avoir|avant de|parce que|alors que|tandis que|qui|que)\s|,\s*(?:said|says|told|a (?:annoncé|déclaré|indiqué|précisé))\b)/giu;
	let a = 0;
	let b = s.text.length;
	for (const m of s.text.matchAll(bound)) {
		const i = m.index!;
		if (i <= rel && i + m[0].length <= rel + 1) a = i;
		else if (i > rel) {
			b = i;
			break;
		}
	}
	return { start: s.start + a, end: s.start + b, text: s.text.slice(a, b) };
}

const MONTHS_RE = '\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|sept|déc)';
/** A date-like word (English, or French when the text is French); other clauses skip chrono. */
const DATEISH = new RegExp(`\\d|${MONTHS_RE}|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\\b(?:today|tonight|yesterday|tomorrow|ago|days?|week|weekend|month|year|overnight)\\b`, 'iu');
const DATEISH_FR = new RegExp(`\\d|${MONTHS_RE}|\\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|demain|aujourd|semaine|mois|année|an|nuit)\\b`, 'iu');

const DATEISH_G = new RegExp(DATEISH.source, 'giu');
const DATEISH_FR_G = new RegExp(DATEISH_FR.source, 'giu');
/** Margin kept around the date-like words: longer than any date phrase's lead ("early next", "the 21st of"). */
const DATE_MARGIN = 40;

/**
 * The stretch of a text that holds its date-like words, widened by DATE_MARGIN characters and
 * then to whole words, as [from, to) offsets; the whole text when they are spread across it.
 */
export function dateWindow(text: string, dateish: RegExp): [number, number] {
	let first = -1;
	let last = -1;
	dateish.lastIndex = 0;
	for (const m of text.matchAll(dateish)) {
		if (first < 0) first = m.index!;
		last = m.index! + m[0].length;
	}
	if (first < 0) return [0, text.length];
	let from = Math.max(0, first - DATE_MARGIN);
	let to = Math.min(text.length, last + DATE_MARGIN);
	while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
	while (to < text.length && !/\s/.test(text[to]!)) to++;
	return [from, to];
}

/** A weekday with its modifier ("last Friday", "samedi dernier"), read alone when a clause defeats the parser. */
const WEEKDAY = /\b(?:(?:last|next|this)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:dernier|prochain))?\b/iu;
const DEADLINE_BEFORE = /\b(?:before|by|until|ahead of|no later than|since|d['’]ici|avant|jusqu['’]à?|depuis)\s+(?:the\s+|le\s+|la\s+)?$/i;

/** "(just) one day after" / "two days before" right at a clause's start: the clause is dated from another event. */
const DAYS_BEFORE_CLAUSE = /\b(one|a|two|three|four|five|six|\d)\s+days?\s*$/i;
const NUMBER_WORDS: Record<string, number> = { one: 1, a: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** The words that date an event, without the punctuation a parser may take along ("on Tuesday,"). */
function cleanDateText(t: string): string {
	return t.trim().replace(/[\s,;:]+$/, '');
}

function iso(d: Date): string {
	return d.toISOString().slice(0, 10);
}

const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)';

/**
 * Resolve the first date expression of a piece of text against the report's date: backwards for
 * past events ("on Sunday" = the last Sunday), forwards for planned ones. Deadlines ("before",
 * "by", "until", "d'ici") are not when the event happens.
 */
const MONTH_YEAR = new RegExp(`\\b(?:in |since |of |during |en |depuis )?(${MONTHS}\\.? (?:19|20)\\d\\d)\\b`, 'iu');

export function dateOf(sentence: string, reportDate: string, options: { forward?: boolean; language?: Lang } = {}): DateInfo {
	const ref = new Date(`${reportDate}T12:00:00Z`);
	const year = /\b(?:in|since|of|during|en|depuis) ((?:19|20)\d\d)\b/.exec(sentence);
	const monthYear = MONTH_YEAR.exec(sentence);
	// Most clauses have no date word: skip chrono (the costliest step) for them.
	if (!(options.language === 'fr' ? DATEISH_FR : DATEISH).test(sentence)) return {};
	const parser = options.language === 'fr' ? chrono.fr : chrono;
	let results: chrono.ParsedResult[] = [];
	// chrono runs each of its ~30 parsers over the whole string, so its cost grows with the text:
	// give it only the stretch around the date-like words (whole words, a margin either side).
	const [from, to] = dateWindow(sentence, options.language === 'fr' ? DATEISH_FR_G : DATEISH_G);
	try {
		results = parser.parse(sentence.slice(from, to), { instant: ref, timezone: 'UTC' }, { forwardDate: !!options.forward });
	} catch {
		results = [];
	}
	let r = results.find((y) => {
		const x = { text: y.text, index: y.index + from };
		return (
			// A clock time or a duration ("for two hours") is not a date.
			!/\b(?:hours?|minutes?|seconds?|heures?)\b/i.test(x.text) &&
			!/\b(?:after|before|later|earlier|après|avant)$/i.test(x.text.trim()) &&
			!/^\s*(?:after|before|later|earlier)\b/i.test(sentence.slice(x.index + x.text.length, x.index + x.text.length + 8)) &&
			!/^(?:now|tonight|this year|maintenant|cette année)$/i.test(x.text.trim()) &&
			!DEADLINE_BEFORE.test(sentence.slice(Math.max(0, x.index - 14), x.index))
		);
	});
	// A weekday followed by a number that is not its day ("samedi 246 prisonniers") can defeat the
	// parser: read the weekday alone then, rather than leave the clause undated.
	if (!r || !(r.start.isCertain('day') || r.start.isCertain('weekday'))) {
		const wd = WEEKDAY.exec(sentence);
		if (wd && !DEADLINE_BEFORE.test(sentence.slice(Math.max(0, wd.index - 14), wd.index))) {
			try {
				const alone = parser.parse(wd[0], { instant: ref, timezone: 'UTC' }, { forwardDate: !!options.forward })[0];
				if (alone?.start.isCertain('weekday')) r = alone;
			} catch {
				/* keep what was found */
			}
		}
	}
	if (monthYear && (!r || !r.start.isCertain('day'))) {
		const d = parser.parseDate(`1 ${monthYear[1]}`, ref);
		if (d) {
			const s = new Date(Date.UTC(d.getFullYear(), d.getMonth(), 1));
			const e = new Date(Date.UTC(d.getFullYear(), d.getMonth() + 1, 0));
			const since = /^(?:since|depuis)\b/i.test(monthYear[0]) && reportDate > iso(e);
			return { start: iso(s), end: since ? reportDate : iso(e), dateText: monthYear[1] };
		}
	}
	if (r) {
		const y = r.start.get('year');
		const m = r.start.get('month');
		const day = r.start.get('day');
		if (y && m && day && (r.start.isCertain('day') || r.start.isCertain('weekday') || /\b(?:ago|yesterday|today|last|next|week|hier|aujourd|dernier|dernière|prochain|prochaine|semaine|overnight)\b/i.test(r.text))) {
			if (/\b(?:week|semaine)\b/i.test(r.text) && !r.start.isCertain('weekday')) {
				const d = new Date(Date.UTC(y, m - 1, day));
				const s = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86400000);
				return { start: iso(s), end: iso(new Date(s.getTime() + 6 * 86400000)), dateText: cleanDateText(r.text) };
			}
			let when = new Date(Date.UTC(y, m - 1, day));
			// A bare weekday in a past clause is the last one (some parsers look forwards regardless).
			if (!options.forward && r.start.isCertain('weekday') && !r.start.isCertain('day') && iso(when) > reportDate) when = new Date(when.getTime() - 7 * 86400000);
			return { date: iso(when), dateText: cleanDateText(r.text) };
		}
		if (y && m && r.start.isCertain('month')) {
			return {
				start: iso(new Date(Date.UTC(y, m - 1, 1))),
				end: iso(new Date(Date.UTC(y, m, 0))),
				dateText: cleanDateText(r.text)
			};
		}
	}
	if (year?.[1] && options.forward && /\bby (?:the )?(?:end|close) $/i.test(sentence.slice(0, year.index))) {
		// A planned event "by the end of 2027" happens between now and then.
		return { start: reportDate, end: `${year[1]}-12-31`, dateText: `by the end of ${year[1]}` };
	}
	if (year?.[1]) {
		// "since 2017" is a state lasting until the report, not something within 2017.
		const since = /^(?:since|depuis)\b/i.test(year[0]) && reportDate > `${year[1]}-12-31`;
		return { start: `${year[1]}-01-01`, end: since ? reportDate : `${year[1]}-12-31`, dateText: year[0] };
	}
	return {};
}

/** "overnight" in a past report: the night before the report's day, so a two-day span. */
function overnight(clause: string, reportDate: string): DateInfo {
	if (!/\b(?:overnight|dans la nuit)\b/i.test(clause)) return {};
	const d = new Date(`${reportDate}T00:00:00Z`);
	return { start: iso(new Date(d.getTime() - 86400000)), end: reportDate, dateText: 'overnight' };
}

/**
 * A past event told with no date word, in the simple past or present perfect ("met", "has
 * signed", "ont échangé"), is dated by the report: news reports the day's events. Pluperfect and
 * habitual clauses ("had met", "used to", "since 2022") are background and stay undated.
 */
/** dateText of an event dated by the report's own date (no date word in the text). */
export const REPORT_DAY = 'the report’s date';
const BACKGROUND = new Set(['had', 'since', 'ever', 'previously', 'formerly', 'once', 'ago', 'avait', 'avaient', 'depuis']);
const PAST = new Set(['met', 'held', 'signed', 'spoke', 'said', 'told', 'went', 'came', 'left', 'flew', 'made', 'struck', 'hit', 'took', 'gave', 'began', 'sent', 'won', 'led', 'ran', 'saw', 'brought', 'fought', 'sought', 'caught', 'bought', 'sold', 'has', 'have', 'was', 'were', 'today', 'ont', 'a', 'est', 'sont']);
/**
 * The tense of a clause from wink-nlp's parts of speech and lemmas: a verb whose lemma differs
 * from its form (not an -s or -ing form) is past ("oversaw", "met"); "will"/"would" is future; a
 * verb in its base or -s form is present. 'none' when the clause has no verb.
 */
export function tenseOf(clause: string): 'past' | 'present' | 'future' | 'none' {
	// A clause is asked about up to three times (reportDay); tagging is the cost. The memo is
	// emptied for each report (extractEvents), so repeated runs never read a warm cache.
	const known = tenseMemo.get(clause);
	if (known) return known;
	const t = tenseUncached(clause);
	tenseMemo.set(clause, t);
	return t;
}
const tenseMemo = new Map<string, 'past' | 'present' | 'future' | 'none'>();

function tenseUncached(clause: string): 'past' | 'present' | 'future' | 'none' {
	const its = winkPos().its;
	let tense: 'past' | 'present' | 'future' | 'none' = 'none';
	winkPos()
		.readDoc(clause)
		.tokens()
		.each((t: ItemToken) => {
			if (tense === 'future' || tense === 'past') return;
			const pos = t.out(its.pos);
			const w = t.out().toLowerCase();
			if (pos === 'AUX' && /^(?:will|shall|'ll|would|wo)$/.test(w)) tense = 'future';
			else if ((pos === 'AUX' || pos === 'VERB') && /^(?:was|were|had|did)$/.test(w)) tense = 'past';
			else if (pos === 'VERB') {
				const lemma = String((t.out as (f: unknown) => unknown)(its.lemma)).toLowerCase();
				if (lemma !== w && !/(?:s|ing)$/.test(w)) tense = 'past';
				else tense = 'present';
			} else if (pos === 'AUX' && /^(?:has|have)$/.test(w)) tense = 'past';
		});
	return tense;
}

function reportDay(clause: string, sentence?: string, language: Lang = 'en'): boolean {
	const words = clause.toLowerCase().split(/[^\p{L}]+/u);
	if (words.some((w) => BACKGROUND.has(w))) return false;
	const past = (text: string, ws: string[]) =>
		language === 'fr' ? ws.some((w) => PAST.has(w) || /(?:é|ée|és|ées)$/.test(w)) : ((t) => t === 'past' || t === 'present')(tenseOf(text));
	if (past(clause, words)) return true;
	// A verbless clause ("after meeting X") takes the sentence's tense.
	if (!sentence || sentence === clause || (language !== 'fr' && tenseOf(clause) !== 'none')) return false;
	const all = sentence.toLowerCase().split(/[^\p{L}]+/u);
	return !all.some((w) => BACKGROUND.has(w)) && past(sentence, all);
}

const TITLE = /^(?:President|Prime|Minister|Secretary|Chancellor|Foreign|Defense|Defence|Spokesman|Spokesperson|Spokeswoman|Envoy|Special|Leader|King|Queen|Crown|Prince|Mr|Mrs|Ms|Dr|General|Gen|Colonel|Major|Senator|Sen|Governor|Gov|Mayor|Chief|Commander|National|Security|Adviser|Advisor|State|Deputy|Vice|Ambassador|Emperor|Pope|Sheikh|Sheikha|Emir|Amir|Sultan|Patriarch|Cardinal|Admiral|Lieutenant|Sergeant|Officer|Director|Head|Chairman|Chair|CEO|Kremlin|White|House|European|EU|UN|Commission|Council|Foreign|Affairs|Ministry|Department|Office|Intelligence|Sir|Dame|Lord|Lady|Former|Acting|Interim|Supreme|Premier|Representative|Rep|Speaker|Justice|Judge|Aide|Executive)$/;
const NOT_NAME = /^(?:The|A|An|In|On|At|But|And|Of|For|With|As|After|Before|When|While|If|This|That|These|Those|It|He|She|They|We|I|His|Her|Their|Our|Its|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Read|Follow|Watch|Install|Please|Leave|Breaking|News|Live|Meanwhile|However|Asked|Speaking|According|Earlier|Later|Today|Yes|No|Some|Two|Three|Both|All|Old|New|Deal|War|Peace|Russia|Ukraine)$/;

const ORG_WORD = /^(?:Palace|Council|Nations|Union|House|Fund|Agency|Service|Ministry|Department|Office|Bureau|Directorate|Party|Army|Forces|Court|Bank|Group|Institute|University|Committee|Commission|Parliament|Assembly|Congress|Senate|Agreement|Treaty|Summit|Conference|Forum|Organization|Organisation|Corporation|Company|News|Times|Post|Press|Airport|Square|Street|Hotel|Centre|Center|Sea|Ocean|River|Island|Islands|Mountains|War|Day|Cross|Crescent|Foundation|Network|Channel|Agency|Cathedral|Synagogue|Mosque|Church|Library|Museum|Temple|Abbey)$/;

/** Surname key: lower case, no diacritics, transliteration doubles folded ("Zelenskyy" = "Zelensky"). */
export function surnameKey(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/['’]s$/, '')
		// Transliterations: Zelensky / Zelenskyy / Zelenskiy / Zelenski are one name.
		.replace(/^(.{4,}?)(?:iy|yy|ii|y|i)$/, '$1y');
}

export interface PersonMention extends Person {
	start: number;
	end: number;
	/** Surname of a person named possessively right before ("Trump's Ukraine envoy, Keith Kellogg"). */
	possessor?: string;
}

/**
 * People: runs of two or more capitalised words that are not places, after dropping titles
 * ("US Secretary of State Marco Rubio" → "Marco Rubio"). A person's country is a nationality
 * right before the name: a demonym or abbreviation ("Russian President Vladimir Putin"), or a
 * possessive ("China's Foreign Minister Wang Yi"), with only title words between. A bare country
 * name before a title is the topic, not the nationality ("Ukraine envoy").
 */
/** Words inside a personal name that join its parts: Arabic, Dutch, German, French, Italian. */
const NAME_PARTICLE = /^(?:bin|bint|ibn|al|Al|el|El|von|der|van|den|de|du|da|di|la|le)$/u;

export function findPersonMentions(text: string, toponyms: Toponym[]): PersonMention[] {
	const placeAt = new Set<number>();
	for (const t of toponyms) for (let k = t.start; k < t.end; k++) placeAt.add(k);
	const out: PersonMention[] = [];
	// Organisation names ("Gulf Cooperation Council") hold no person.
	const orgAt = new Set<number>();
	for (const m of text.matchAll(ORG_RE)) for (let k = m.index!; k < m.index! + m[0].length; k++) orgAt.add(k);
	const re = /\b\p{Lu}[\p{L}\p{M}'’-]+(?:,? (?:bin |bint |ibn |von der |van |de |al-)?\p{Lu}[\p{L}\p{M}'’.-]*){1,6}/gu;
	let lo = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		let run = m[0];
		if (run.includes(',')) {
			// "French President Emmanuel Macron, Polish Prime Minister Donald Tusk, …": read the part
			// before the comma as one candidate, then start again after it.
			const comma = run.indexOf(',');
			re.lastIndex = m.index + comma + 1;
			run = run.slice(0, comma);
		}
		let words = run.replace(/\.$/, '').split(' ');
		let offset = m.index;
		// Titles, places, acronyms of organisations ("NATO Secretary General Mark Rutte") lead the name.
		while (words.length && (TITLE.test(words[0]!.replace(/['’]s$/, '')) || placeAt.has(offset) || NOT_NAME.test(words[0]!) || /^(?:of|the)$/i.test(words[0]!) || /^\p{Lu}{2,}$/u.test(words[0]!))) {
			offset += words[0]!.length + 1;
			words = words.slice(1);
		}
		// Trailing place or title words are not part of the name.
		while (words.length && (TITLE.test(words[words.length - 1]!) || placeAt.has(offset + words.slice(0, -1).join(' ').length + (words.length > 1 ? 1 : 0)))) words = words.slice(0, -1);
		// Particles ("bin", "von der", "Al" before a family name) do not count towards a name's length:
		// "Tamim bin Hamad Al Thani" is a name of three given and family names.
		const core = words.filter((w, k) => !NAME_PARTICLE.test(w) || k === words.length - 1).length;
		if (words.length < 2 || core > 4 || words.some((w, k) => k > 0 && TITLE.test(w))) continue;
		if (words.some((w) => NOT_NAME.test(w.replace(/['’]s$/, '')))) continue;
		if (words.some((w) => /^\p{Lu}{2,}$/u.test(w))) continue; // "NK PRO": organisations in capitals
		if (ORG_WORD.test(words[words.length - 1]!.replace(/['’]s$/, ''))) continue; // "Diriyah Palace", "United Nations"
		const name = words.join(' ').replace(/['’]s$/, '');
		const end = offset + name.length;
		if (placeAt.has(offset) || orgAt.has(offset)) continue;
		const short = words[words.length - 1]!.replace(/['’]s$/, '');
		// Nationality: the nearest toponym before the name with only title words between.
		let country: string | null = null;
		// Mentions come in text order: move the window of toponyms along instead of scanning them all.
		while (lo < toponyms.length && toponyms[lo]!.end < offset - 60) lo++;
		for (let k = lo; k < toponyms.length && toponyms[k]!.start < offset; k++) {
			const t = toponyms[k]!;
			if (t.end > offset || offset - t.end > 60 || !t.country) continue;
			const gap = text.slice(t.end, offset);
			if (/[.;:!?"“”()]/.test(gap)) continue;
			const possessive = /^['’]s\b/.test(gap);
			const between = gap.replace(/^['’]s/, '').trim().split(/\s+/).filter(Boolean);
			if (between.length > 6) continue;
			if (!possessive && t.form === 'name' && t.type === 'country' && between.length && !TITLE.test(between[0]!)) continue;
			if (between.some((w) => /^\p{Lu}/u.test(w) && !TITLE.test(w) && !/^of$/i.test(w))) continue;
			country = t.country;
		}
		const before = text.slice(Math.max(0, offset - 50), offset);
		const poss = /\b(\p{Lu}[\p{L}\p{M}-]+)['’]s\s+(?:[\p{Ll}\p{Lu}][\p{L}-]*\s+){0,3}?[\p{Ll}][\p{L}-]*,?\s+$/u.exec(before);
		out.push({ name, short, country, start: offset, end, ...(poss?.[1] && !country ? { possessor: poss[1] } : {}) });
	}
	return out;
}

/** People of one text, one per surname, with the country of the first mention that has one. */
export function findPersons(text: string, toponyms: Toponym[]): Person[] {
	return mergePersons(findPersonMentions(text, toponyms));
}

/** Merge mentions (of one or several texts) by surname key; possessors give a country last. */
export function mergePersons(mentions: Array<Person & { possessor?: string }>): Person[] {
	const out = new Map<string, Person>();
	for (const p of mentions) {
		const k = surnameKey(p.short);
		const prev = out.get(k);
		if (!prev) out.set(k, { name: p.name, short: p.short, country: p.country });
		else {
			if (!prev.country && p.country) prev.country = p.country;
			if (p.name.length > prev.name.length && p.name.split(' ').length <= 3) prev.name = p.name;
		}
	}
	for (const p of mentions) {
		const me = out.get(surnameKey(p.short))!;
		if (!me.country && p.possessor) me.country = out.get(surnameKey(p.possessor))?.country ?? null;
	}
	return [...out.values()];
}

export interface FigureInfo {
	text: string;
	value?: number;
	qualifier?: 'exact' | 'about' | 'more-than' | 'fewer-than' | 'up-to' | 'range';
	unit?: string;
	measure?: string;
	/** Who states it: people and countries (ISO2). */
	according: { persons: Person[]; countries: string[] };
}

const QUALIFIERS: Array<[RegExp, FigureInfo['qualifier']]> = [
	[/^(?:more than|over|at least|upwards of|in excess of)$/i, 'more-than'],
	[/^(?:fewer than|less than|under|below)$/i, 'fewer-than'],
	[/^(?:up to|as many as)$/i, 'up-to'],
	[/^(?:about|around|some|nearly|almost|roughly|approximately|an estimated|close to)$/i, 'about']
];
const QUAL_RE = '(more than|over|at least|upwards of|in excess of|fewer than|less than|under|below|up to|as many as|about|around|some|nearly|almost|roughly|approximately|an estimated|close to)';
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };

function qualifierOf(q: string | undefined, vague: boolean): FigureInfo['qualifier'] | undefined {
	if (q) for (const [re, v] of QUALIFIERS) if (re.test(q.trim())) return v;
	return vague ? undefined : 'exact';
}

// Built once (not per sentence): the figures' patterns.
const TROOPS = new RegExp(`(?:\\b${QUAL_RE}\\s+)?(\\d[\\d,]*(?:\\.\\d+)?(?:\\s+(?:thousand|million))?|(?:tens of |hundreds of )?thousands|hundreds|dozens)\\s+(?:of\\s+)?((?:[\\p{Lu}][\\p{L}-]*\\s+){0,3})(troops|soldiers|servicemen|fighters|peacekeepers|personnel|marines)\\b`, 'iu');
const MONEY = new RegExp(`(?:\\b${QUAL_RE}\\s+)?(US\\$|\\$|€|£|¥)\\s?(\\d[\\d,]*(?:\\.\\d+)?)(?:[-\\s]?(thousand|million|billion|trillion|bn|mn|m|b|tn)\\b)?`, 'i');

/** "more than 12,000 North Korean troops", "thousands of troops", "tens of thousands of soldiers". */
export function troopFigure(sentence: string): Omit<FigureInfo, 'according'> | null {
	const m = TROOPS.exec(sentence);
	if (!m) return null;
	const num = m[2]!;
	const text = m[0].slice(0, m[0].length - m[4]!.length - (m[3]?.length ?? 0)).replace(/\s+of\s*$/, '').trim();
	const digits = /^\d/.test(num);
	let value: number | undefined;
	if (digits) {
		const [n, scale] = num.split(/\s+/);
		value = Number(n!.replace(/,/g, '')) * (scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1);
	}
	const q = qualifierOf(m[1], !digits);
	return { text, ...(value !== undefined && Number.isFinite(value) ? { value } : {}), ...(q ? { qualifier: q } : {}), unit: m[4]!.toLowerCase(), measure: 'strength' };
}

/** "$540-million", "US$2.5 billion", "€300m", "65% of Turkey's total oil imports". */
export function moneyFigure(sentence: string): Omit<FigureInfo, 'according'> | null {
	const m = MONEY.exec(sentence);
	if (m) {
		const n = Number(m[3]!.replace(/,/g, '')) * (m[4] ? (SCALE[m[4].toLowerCase()] ?? 1) : 1);
		const unit = { US$: 'US dollars', $: 'US dollars', '€': 'euros', '£': 'pounds sterling', '¥': 'yen' }[m[2]!] ?? 'money';
		const q = qualifierOf(m[1], false);
		return { text: m[0].trim(), ...(Number.isFinite(n) ? { value: n } : {}), ...(q ? { qualifier: q } : {}), unit, measure: 'value' };
	}
	const pct = /\b(\d+(?:\.\d+)?)\s?(?:%|per ?cent|percent)\s+of\s+((?:[\p{L}’'-]+\s+){0,4}?(?:imports|exports|supplies|purchases|trade|sales|output|production|consumption))\b/iu.exec(sentence);
	if (pct) return { text: `${pct[1]}%`, value: Number(pct[1]), qualifier: 'exact', unit: `per cent of ${pct[2]}`.slice(0, 60), measure: 'share' };
	return null;
}

/** Who a figure is attributed to: "according to Ukrainian, US and South Korean assessments", "X told …", "X said". */
export function attribution(sentence: Sentence, toponyms: Toponym[], persons: Array<Person & { at: number }>): FigureInfo['according'] {
	const acc = /\baccording to\b([^.;]*)/i.exec(sentence.text);
	const inRange = (from: number, to: number) => toponyms.filter((t) => t.start >= from && t.end <= to && t.country);
	if (acc) {
		const from = sentence.start + acc.index;
		const to = from + acc[0].length;
		const ps = persons.filter((p) => p.at >= from && p.at < to);
		return { persons: ps, countries: [...new Set(inRange(from, to).map((t) => t.country))] };
	}
	const verb = /\b(?:said|says|told|estimated|estimates|assessed|reported|claimed|stated)\b/i.exec(sentence.text);
	if (verb) {
		const vAt = sentence.start + verb.index;
		const ps = persons.filter((p) => p.at < vAt);
		const who = ps[ps.length - 1];
		if (who) return { persons: [who], countries: who.country ? [who.country] : [] };
		const cs = inRange(sentence.start, vAt);
		if (cs.length) return { persons: [], countries: [cs[cs.length - 1]!.country] };
	}
	return { persons: [], countries: [] };
}
export interface ExtractedEvent extends DateInfo {
	/** A kind registered in src/lib/kinds/ingest-rules.ts. */
	kind: string;
	status: 'happened' | 'planned' | 'postponed' | 'proposed' | 'cancelled';
	sentence: Sentence;
	/** Toponyms in the sentence, in order. */
	places: Toponym[];
	/** Participants (meeting, call) or travellers (visit, travel). */
	persons: Person[];
	/** States involved (ISO2), in order. */
	countries: string[];
	/** The event's place; the destination or receiving end of a flow. */
	at?: Toponym;
	/** Origin of a flow. */
	from?: Toponym;
	/** The acting state (ISO2): who deploys, who strikes. */
	by?: string;
	/** Organisations named in the sentence (canonical names). */
	orgs?: string[];
	/** Groups of people taking part, in the text's words ("military chiefs of staff"). */
	groups?: string[];
	/** The two sides of an exchange; the state struck. */
	sides?: string[];
	/** Who mediated (ISO2). */
	mediator?: string;
	/** The place comes from context (paragraph, a state's capital), not the sentence. */
	inferred?: boolean;
	goods?: Goods;
	what?: string;
	force?: string;
	/** The main figure (count, amount, casualties) and further ones. */
	figure?: FigureInfo;
	figures?: FigureInfo[];
	confidence: number;
}

const SPECIFIC: Record<Toponym['type'], number> = { building: 4, city: 3, region: 2, country: 1 };
const LOCATIVE_BEFORE = /(?:\b(?:in|at|to|into|near|outside|inside|across|visit(?:s|ed|ing)?|toward|towards|(?:depart\w*|left|leav\w*|head\w*|bound|set off) for|dans|vers|près de)|(?:^|\s)(?:à|au|aux|en))\s+(?:(?:the|his|her|its|their|a|an|la|le|les|l['’]|sa|son)\s*)?(?:[\p{Ll}-]+\s+)?$/iu;
const FROM_BEFORE = /\b(?:from|de|depuis)\s+(?:the\s+|la\s+|l['’])?$/i;

/** "US special envoy", "UK officials", "Ukraine-Russia talks": a country name used as an adjective. */
const ROLE_AFTER = /^(?:['’]s)?[\s-]+(?:-?\p{Lu}[\p{L}]*\s+)?(?:special\s+|presidential\s+|chief\s+|top\s+|senior\s+)*(?:presidents?|presidential|envoys?|officials?|delegations?|delegates|forces|troops|secretary|ministers?|ministry|ambassadors?|negotiators?|team|administration|government|military|army|navy|citizens?|leaders?|lawmakers|diplomats?|counterparts?|prime|foreign|defen[cs]e|state|authorities|side|talks|relations|deal|request|interests?|policy|policies|political|politics|economy|companies|firms|sanctions|law|courts?|media|circles|intelligence|energy|nuclear)\b/iu;

function isLocative(text: string, t: Toponym): boolean {
	if (t.type === 'country' && ROLE_AFTER.test(text.slice(t.end, t.end + 50))) return false;
	const before = text.slice(Math.max(0, t.start - 40), t.start);
	// "the war in Ukraine", "support for Kyiv": an abstract noun's complement, not where something happens.
	return (
		LOCATIVE_BEFORE.test(before) &&
		!/\b(?:war|conflict|fighting|peace|crisis|situation|settlement|deal|security|invasion|presence|membership|interests?|sanctions|operations?|support|aid|help|access|threat|concessions?|guarantees?|policy|approach|stance|role|investments?|ties|relations|pressure|guerre|paix|soutien|aide) (?:to|for|in|on|into|towards?|from|en|à|au|aux|de) (?:the )?$/i.test(before)
	);
}

/**
 * A place name used for its government or people ("the Kremlin said", "Washington wants",
 * "Moscou et Kiev ont échangé"): the subject of a speech or action verb, not a location.
 */
const SPEECH_AFTER = /^(?:['’]s)?\s*(?:(?:and|et|or) \p{Lu}[\p{L}-]+\s+)?(?:has |have |had |also |on \w+ |a |ont |is |was |would |will )?(?:said|says|announced|stated|told|confirmed|denied|warned|accused|insisted|rejected|wants?|hopes?|believes?|claims?|responded|replied|welcomed|condemned|dismissed|declined|refused|agreed|signalled|signaled|urged|called|pressed|demanded|declared|exchanged|annonc\w*|déclar\w*|indiqu\w*|échang\w*|affirm\w*|estim\w*|dément\w*|précis\w*)\b/iu;
/** Nouns after "Kyiv's" that name a part of the city, so the city is a place there. */
const CITY_PART = /^['’]s\s+(?:[\p{Ll}-]+\s+)?(?:suburbs?|outskirts|cent(?:re|er)|downtown|streets?|districts?|neighbou?rhoods?|airports?|port|harbou?r|old town|square|metro|north|south|east|west|northern|southern|eastern|western|central|residential|main)\b/u;

function isMetonym(text: string, t: Toponym): boolean {
	if (t.form === 'demonym' || t.type === 'country') return false;
	// "Tehran's nuclear programme", "in Kyiv's efforts": a capital in the possessive stands for its
	// state, even after "in" (which governs the noun, not the city) — unless the noun is a part of
	// the city ("in Kyiv's suburbs", "Moscow's centre").
	if (t.type === 'city' && /^['’]s\s+\p{Ll}/u.test(text.slice(t.end, t.end + 4)) && !CITY_PART.test(text.slice(t.end, t.end + 30))) return true;
	const before = text.slice(Math.max(0, t.start - 30), t.start);
	// "a signal to Moscow"; French datives after verbs of giving ("donnant à Washington accès",
	// "l'aide offerte à Kiev"): the state addressed or given to, not a place.
	if (/\b(?:signal|message|warning|letter|appeal|threat|reply|response|overture)s? to\s+(?:the\s+)?$/i.test(before)) return true;
	if (/\b(?:donn|accord|offr|offert|permett|permis|promi|promett|fourni|livr|vend|propos|demand|adress|envoy)\p{Ll}*\s+à\s+$/iu.test(before)) return true;
	if (t.locative) return false;
	return SPEECH_AFTER.test(text.slice(t.end, t.end + 40)) || /\b(?:pressure from|ties between|talks between|relations between)\s+(?:\p{Lu}[\p{L}-]+ and )?$/iu.test(text.slice(Math.max(0, t.start - 30), t.start));
}

/**
 * A dateline: a place name in capitals opening one of the first lines ("RIYADH", "KYIV, April 24
 * (Reuters) –", "LA HAYE, le 25 juin 2025, (WAM) —", "Kyiv • AFP"). Where the report was filed,
 * not where anything happened.
 */
function datelineOf(text: string, toponyms: Toponym[]): Toponym | undefined {
	const head = text.slice(0, 400);
	for (const t of toponyms) {
		if (t.start >= head.length) break;
		const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
		if (t.start !== lineStart && !/^\s*(?:date [\d-]+\s+)?$/.test(text.slice(lineStart, t.start))) continue;
		const rest = text.slice(t.end, t.end + 60);
		const caps = t.text === t.text.toUpperCase();
		if (t.type === 'country') continue;
		// "RIYADH", "KYIV, April 24 (Reuters) –", "ST. PETERSBURG, April 11. /TASS/.", "Paris • AFP".
		if ((caps && (/^\s*(?:\n|$|,[^\n]{0,50}?(?:\(\w+\))?,?\s*[-–—])/.test(rest) || /^\s*[-–—]/.test(rest) || /^,[^\n]{0,40}?(?:\(\p{Lu}{2,}[^)]*\)|\/\p{Lu}{2,}\/)/u.test(rest))) || /^\s*[•|]\s*\p{Lu}/u.test(rest)) return t;
	}
	return undefined;
}

export interface ExtractOptions {
	gaz?: Gazetteer;
	/** People known from the whole document set (countries found in other reports). */
	persons?: Person[];
	/** Descriptor references ("the Saudi capital"), from `findDescriptors`. */
	descriptors?: Toponym[];
	/** Language of the text (detected when absent). */
	language?: Lang;
	/** The text's person mentions, when already found (`findPersonMentions`). */
	mentions?: PersonMention[];
}

function capitalTop(gaz: Gazetteer | undefined, cc: string, named: Toponym[]): Toponym | undefined {
	const cap = gaz?.capitals.get(cc);
	if (!cap) return undefined;
	const inText = named.find((t) => t.placeKey === cap.key);
	if (inText) return inText;
	return { start: -1, end: -1, text: cap.name, name: cap.name, lat: cap.lat, lon: cap.lon, geonameid: cap.geonameid, country: cc, type: 'city', form: 'name', confidence: 0.5, placeKey: cap.key };
}

/**
 * The first cue match that is not part of a proper name ("the Russian Direct Investment Fund"):
 * a capitalised cue word right after another capitalised word is a name, not an event.
 */
const GLOBAL = new WeakMap<RegExp, RegExp>();
function cues(re: RegExp, sentence: string): Array<{ index: number; 0: string }> {
	let g = GLOBAL.get(re);
	if (!g) GLOBAL.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
	const out: Array<{ index: number; 0: string }> = [];
	for (const m of sentence.matchAll(g)) {
		const word = m[0];
		if (/^\p{Lu}/u.test(word) && m.index! > 0 && /\p{Lu}[\p{L}-]*\s+$/u.test(sentence.slice(Math.max(0, m.index! - 30), m.index))) continue;
		out.push({ index: m.index!, 0: word });
	}
	return out;
}

/** A dateline names a place; a bare country dateline is too vague to place an event. */
function metonymsOnly(t: Toponym): boolean {
	return t.type === 'country';
}

const PRONOUN = /\b(?:he|she|his|her|him|il|elle)\b/i;

/** Extract events from one report's text. Linear in the text: sentences, places and people are swept in order. */
export function extractEvents(text: string, toponyms: Toponym[], reportDate: string, options: ExtractOptions = {}): ExtractedEvent[] {
	const gaz = options.gaz;
	const language = options.language ?? languageOf(text);
	const allTopos = [...toponyms, ...(options.descriptors ?? [])].sort((a, b) => a.start - b.start);
	const dateline = datelineOf(text, toponyms);
	for (const t of allTopos) {
		t.locative = isLocative(text, t);
		if (t === dateline) t.locative = false;
	}
	// "Lancaster House", "Union Station": a town's name heading a building's name is not that town.
	const BUILDING = /^\s+(?:House|Palace|Hall|Hotel|Street|Square|Centre|Center|Stadium|Airport|University|College|School|Hospital|Church|Cathedral|Park|Library|Tower|Bridge|Road|Avenue|Gardens|Castle|Station|Court|Fund|Institute|Club|Group|Bank)\b/;
	const metonyms = new Set(allTopos.filter((t) => t === dateline || isMetonym(text, t) || (t.type === 'city' && BUILDING.test(text.slice(t.end, t.end + 14)))));
	// "US envoy", "UK officials": a country name used as an adjective names a state, not a place.
	const adjectival = new Set(allTopos.filter((t) => t.type === 'country' && ROLE_AFTER.test(text.slice(t.end, t.end + 50))));
	const mentions = options.mentions ?? findPersonMentions(text, toponyms);
	const registry = new Map<string, Person>();
	for (const p of mergePersons([...(options.persons ?? []), ...mentions])) registry.set(surnameKey(p.short), p);
	// Every mention of a known person, in text order, found with one pass per person.
	// Every mention of a known person, in text order, in one pass: one pattern for all surnames, each
	// under any transliteration (Zelensky, Zelenskyy, Zelenskiy, Zelenski).
	const personHits: PersonAt[] = [];
	const stems = new Map<string, Person>();
	for (const p of registry.values()) {
		const stem = p.short.length > 5 ? p.short.replace(/(?:iy|yy|ii|y|i)$/, '') : p.short;
		stems.set(stem, p);
	}
	if (stems.size) {
		const alt = [...stems.keys()].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
		const re = new RegExp(`(?<![\\p{L}\\p{M}])(${alt})((?:iy|yy|ii|y|i)?)(?![\\p{L}\\p{M}])`, 'gu');
		for (const m of text.matchAll(re)) {
			const p = stems.get(m[1]!)!;
			// The ending must be one the surname can take: "Putin" is not "Putiny".
			if (m[2] && p.short.length <= 5 && !/^(?:y|iy)$/.test(m[2])) continue;
			personHits.push({ ...p, at: m.index! });
		}
	}
	personHits.sort((a, b) => a.at - b.at);
	const named = allTopos.filter((t) => t.form !== 'demonym' && !!t.country);
	const out: ExtractedEvent[] = [];
	// chrono is the costliest step: each piece of text is dated once per direction.
	const memo = new Map<string, DateInfo>();
	tenseMemo.clear();
	const dateOf = (x: string, _ref: string, o: { forward?: boolean; language?: Lang }): DateInfo => {
		// The store's own "date 2025-03-21" line prefix is the report date, not an event's.
		x = x.replace(/^\s*date \d{4}-\d{2}(?:-\d{2})?\b/, '');
		const k = `${o.forward ? 1 : 0}${x}`;
		let d = memo.get(k);
		if (!d) memo.set(k, (d = dateOfText(x, reportDate, o)));
		return d;
	};
	let lastPerson: PersonAt | undefined;
	let lastLine = -1;
	let lineLocative: Toponym | undefined;
	let lineCountry: Toponym | undefined;
	/** The last town or venue the report placed anything in, for past events told with no place at all. */
	let docLocative: Toponym | undefined;
	const datelinePlace = dateline && !metonymsOnly(dateline) ? dateline : undefined;
	let ti = 0;
	let pi = 0;

	for (const s of splitSentences(text)) {
		const line = s.line ?? 0;
		if (line !== lastLine) {
			lastLine = line;
			lineLocative = undefined;
			lineCountry = undefined;
		}
		while (ti < allTopos.length && allTopos[ti]!.start < s.start) ti++;
		const places: Toponym[] = [];
		for (let k = ti; k < allTopos.length && allTopos[k]!.start < s.end; k++) if (allTopos[k]!.end <= s.end) places.push(allTopos[k]!);
		while (pi < personHits.length && personHits[pi]!.at < s.start) pi++;
		const persons: PersonAt[] = [];
		const seen = new Set<string>();
		for (let k = pi; k < personHits.length && personHits[k]!.at < s.end; k++) {
			const p = personHits[k]!;
			if (seen.has(p.short)) continue;
			seen.add(p.short);
			persons.push(p);
		}
		const orgs = findOrganisations(s.text);
		const namedHere = places.filter((t) => t.form !== 'demonym' && !!t.country && !metonyms.has(t) && !adjectival.has(t));
		const pronoun = PRONOUN.test(s.text);
		const countries = [...new Set(places.filter((p) => (p.type === 'country' || p.form === 'demonym') && p.country).map((p) => p.country))];
		const locHere = namedHere.filter((t) => t.locative);
		// Where the paragraph is: its last located town or venue, else (for what already happened)
		// the dateline, else its last located country.
		const context = lineLocative ?? datelinePlace ?? lineCountry ?? docLocative;
		const seat = places.find((t) => t.organisation && /\b(?:told|addressed|briefed|address|brief|speaking (?:at|to)|spoke (?:at|to)|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 20), t.start)));

		const base: Omit<ClauseContext, 'cue' | 'clause'> = {
			text,
			language,
			reportDate,
			sentence: s,
			places,
			namedHere,
			locHere,
			persons,
			pronoun,
			...(lastPerson ? { lastPerson } : {}),
			...(seat ? { seat } : {}),
			...(context ? { context } : {}),
			countries,
			...(gaz ? { gaz } : {}),
			named,
			capital: (cc) => capitalTop(gaz, cc, named),
			isFrom: (t) => FROM_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)),
			pick: (from, list, mostSpecific) => {
				const after = list.filter((t) => t.start >= from);
				const pool = after.length ? after : list;
				if (!pool.length) return undefined;
				if (!mostSpecific) return pool[0];
				return [...pool].sort((a, b) => SPECIFIC[b.type] - SPECIFIC[a.type] || a.start - b.start)[0];
			},
			attribution: () => attribution(s, places, persons),
			dateOf: (x) => dateOf(x, reportDate, { language }),
			person: (surname) => registry.get(surnameKey(surname))
		};

		// Cues: each kind's first cue in the sentence, in the rules' order; a kind yields to a stronger one.
		let hits: Array<{ rules: KindRules; at: number; text: string; lo?: number; hi?: number }> = [];
		for (const rules of INGEST_RULES) {
			const not = rules.notCue?.exec(s.text);
			const ms = cues(rules.cue, s.text).filter((m) => !(not && not.index <= m.index + m[0].length && m.index <= not.index + not[0].length));
			// Several cues of one kind ("the gathering in Paris and today's meeting in London"): one
			// event each, each read in its own stretch of the clause, cut at "and" or a comma between them.
			ms.slice(0, 3).forEach((m, k) => {
				const at = s.start + m.index;
				const prev = ms[k - 1];
				const next = ms[k + 1];
				const cut = (from: number, to: number, last: boolean): number | undefined => {
					const piece = s.text.slice(from, to);
					const all = [...piece.matchAll(/\s(?:and|et)\s|,\s/g)];
					const c = last ? all[all.length - 1] : all[0];
					return c ? from + c.index! : undefined;
				};
				const lo = prev ? cut(prev.index + prev[0].length, m.index, true) : undefined;
				const hi = next ? cut(m.index + m[0].length, next.index, false) : undefined;
				hits.push({ rules, at, text: m[0], ...(lo !== undefined ? { lo: s.start + lo } : {}), ...(hi !== undefined ? { hi: s.start + hi } : {}) });
			});
		}
		hits = hits.filter((h) => !h.rules.yieldsTo?.some((k) => hits.some((o) => o.rules.kind === k)));
		if (seat && !hits.some((h) => h.rules.atSeat)) {
			const r = INGEST_RULES.find((x) => x.atSeat);
			if (r) hits.push({ rules: r, at: seat.start, text: seat.text });
		}
		const fired = new Set<string>();
		const emit = (rules: KindRules, readings: ReturnType<KindRules['read']>, clauseText: string, clauseDate: DateInfo, status: ExtractedEvent['status'], nKinds: number) => {
			for (const ev of readings) {
				let c = 0.35;
				if (ev.persons.length) c += 0.15;
				if (ev.date || ev.start || clauseDate.date || clauseDate.start) c += 0.15;
				if (ev.at && (ev.at.type === 'city' || ev.at.type === 'building')) c += 0.15;
				if (nKinds === 1) c += 0.1;
				if (ev.inferred) c -= 0.15;
				const own = ev.date || ev.start ? { date: ev.date, start: ev.start, end: ev.end, dateText: ev.dateText } : clauseDate;
				out.push({
					orgs,
					...ev,
					kind: rules.kind,
					status: ev.status ?? status,
					sentence: s,
					places,
					countries,
					...Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined)),
					confidence: Math.round(Math.max(0.1, Math.min(0.95, c)) * 100) / 100
				});
				fired.add(groupOf(rules.kind));
			}
			void clauseText;
		};
		for (const h of hits.slice(0, 5)) {
			const whole = clauseAround(s, h.at);
			const a = Math.max(whole.start, h.lo ?? -1);
			const b = Math.min(whole.end, h.hi ?? Infinity);
			const clause = { start: a, end: b, text: text.slice(a, b) };
			let status = statusOf(clause.text);
			// "would cut short the trip and return home": coordinated verbs share the modal before them.
			if (status === 'happened' && h.lo !== undefined) status = statusOf(text.slice(whole.start, b));
			// "… would fly home after meeting X": a temporal clause shares the main clause's time.
			if (status === 'happened' && /^\W*(?:after|before|until|once|when|ahead of|following|après|avant)\s+(?:\w+ing\b|avoir\b|de\s+\w+er\b)/i.test(clause.text)) status = statusOf(s.text);
			const forward = status === 'planned';
			let d = dateOf(clause.text, reportDate, { forward, language });
			if (!d.date && !d.start) d = overnight(clause.text, reportDate);
			if (!d.date && !d.start && clause.text.length < s.text.length) {
				const whole = dateOf(s.text, reportDate, { forward, language });
				// A date elsewhere in the sentence serves when it is not in another event's clause.
				if (whole.date || whole.start) d = whole;
			}
			// "The meeting came one day after X announced …": X's date is counted from the event the
			// main clause refers back to (the last one the report dated in words), not the report's day.
			if (!d.date && !d.start && status === 'happened') {
				const lead = /^\s*(after|before)\s/i.exec(clause.text);
				const count = lead ? DAYS_BEFORE_CLAUSE.exec(text.slice(Math.max(0, clause.start - 24), clause.start)) : null;
				const anchor = count ? [...out].reverse().find((e) => e.date && e.dateText && e.dateText !== REPORT_DAY && e.sentence.start < s.start) : undefined;
				if (lead && count && anchor?.date) {
					const n = NUMBER_WORDS[count[1]!.toLowerCase()] ?? Number(count[1]);
					const sign = lead[1]!.toLowerCase() === 'after' ? -1 : 1;
					d = { date: iso(new Date(Date.parse(`${anchor.date}T00:00:00Z`) + sign * n * 86400000)), dateText: `${count[0].trim()} ${lead[1]}` };
				}
			}
			if (!d.date && !d.start && status === 'happened' && reportDay(clause.text, s.text, language)) d = { date: reportDate, dateText: REPORT_DAY };
			if (!d.date && !d.start && status === 'planned' && /\b(?:immediately|today|tonight|later today|aujourd['’]hui|ce soir|immédiatement)\b/i.test(s.text)) d = { date: reportDate, dateText: REPORT_DAY };
			// A dateline places what already happened there, not what is planned.
			const ctxBase =
				status !== 'happened' && base.context && (base.context === datelinePlace || base.context === docLocative) && base.context !== lineLocative
					? { ...base, context: lineCountry }
					: base;
			const ctx: ClauseContext = { ...ctxBase, clause, cue: { at: h.at, text: h.text } } as ClauseContext;
			emit(h.rules, h.rules.read(ctx), clause.text, d, status, hits.length);
		}
		// Events told without a cue word (a visit implied by "said in Ankara").
		for (const rules of INGEST_RULES) {
			if (!rules.implied || fired.has(groupOf(rules.kind))) continue;
			const readings = rules.implied(base);
			if (!readings.length) continue;
			const status = statusOf(s.text);
			if (status !== 'happened' && status !== 'planned') continue;
			let d = dateOf(s.text, reportDate, { forward: status === 'planned', language });
			if (!d.date && !d.start && status === 'happened' && reportDay(s.text, undefined, language)) d = { date: reportDate, dateText: REPORT_DAY };
			emit(rules, readings, s.text, d, status, hits.length + 1);
		}
		if (persons.length) lastPerson = persons[persons.length - 1];
		const loc = locHere.filter((t) => t.type !== 'country');
		if (loc.length) lineLocative = docLocative = loc[loc.length - 1];
		const cl = locHere.filter((t) => t.type === 'country');
		if (cl.length) lineCountry = cl[cl.length - 1];
	}
	return out;
}

const dateOfText = dateOf;
