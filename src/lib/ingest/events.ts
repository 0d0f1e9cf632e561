/**
 * Event extraction: one pass over the sentences of a report, with the toponyms already found.
 * Cue patterns decide the kind (meeting, call, visit, travel, deployment, trade), modal and
 * tense cues the status, chrono-node the date (relative to the report's date), and the nearest
 * country or demonym before a person's name that person's country. Each event keeps its quote
 * (the sentence, verbatim) and its character offsets.
 */
import * as chrono from 'chrono-node';
import type { Toponym } from './geoparse';
import type { Gazetteer } from './gazetteer';

export type Kind = 'meeting' | 'call' | 'visit' | 'travel' | 'deployment' | 'trade';
export type Goods = 'oil' | 'arms' | 'money' | 'minerals' | 'investment' | 'sanctions' | 'other';

export interface Sentence {
	start: number;
	end: number;
	text: string;
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


/** Split into sentences with offsets; line breaks always end a sentence. */
export function splitSentences(text: string): Sentence[] {
	const out: Sentence[] = [];
	const re = /[^\n]+/g;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const line = m[0];
		const base = m.index;
		let from = 0;
		const end = /[.!?]["”’)]?\s+(?=["“‘(]?[\p{Lu}\d])/gu;
		for (let e = end.exec(line); e; e = end.exec(line)) {
			const before = line.slice(Math.max(0, e.index - 4), e.index + 1);
			if (/(?:\b[A-Z]|\bSt|\bMr|\bMrs|\bDr|\bMs|\bNo|\bU\.S|\bFeb|\bJan|\bvs)\.$/.test(before)) continue;
			const stop = e.index + e[0].trimEnd().length;
			push(out, line, base, from, stop);
			from = e.index + e[0].length;
		}
		push(out, line, base, from, line.length);
	}
	return out;
}

function push(out: Sentence[], line: string, base: number, from: number, to: number): void {
	const raw = line.slice(from, to);
	const lead = raw.length - raw.trimStart().length;
	const t = raw.trim();
	if (t) out.push({ start: base + from + lead, end: base + from + lead + t.length, text: t });
}

const CUES: Array<[Kind, RegExp]> = [
	['call', /\b(?:phone call|telephone (?:call|conversation)|phoned|spoke (?:by|on the) (?:phone|telephone)|(?:spoke|speaks|speak|talked) (?:with|to) .{0,40}(?:by phone|on the phone)|in a (?:phone )?call with|held a call|call(?:ed)? (?:with|between)|(?:had )?(?:spoken|spoke) (?:with|to))\b/i],
	['deployment', /\b(?:troops?|soldiers|forces|deploy(?:s|ed|ing|ment)?|peacekeep\w*|incursion|invasion|invaded|boots on the ground)\b/i],
	['trade', /\b(?:oil|crude|gas|sanctions?|arms sales|sales (?:of|to)|sold|bought|purchases?|weapons|shells|missiles|rockets|minerals?|exports?|imports?|investments?|supplied|supplies|cargoes)\b/i],
	['travel', /\b(?:travel(?:s|led|ed|ling|ing)? (?:from|to)|flew (?:to|from)|fly to|head(?:ed|ing|s)? (?:to|for)|arriv(?:ed|es|ing) in|(?:left|leaving|leave|leaves|depart(?:ed|ing|s)?|bound|set off) for|departed)\b/i],
	['visit', /\b(?:visit(?:s|ed|ing)?|trip to|(?:come|came|coming) (?:in|to)|due in)\b/i],
	['meeting', /\b(?:met|meet(?:s|ing|ings)?|talks|summit|sit-down|hosted|hosts|host|gathered|negotiations|conference|summoned|convened|signed (?:a|an|the)? ?\w* ?(?:with|treaty|agreement|deal))\b/i]
];

const GOODS: Array<[Goods, RegExp]> = [
	['sanctions', /\bsanction/i],
	['oil', /\b(?:oil|crude|petroleum|gas|fuel|tankers?)\b/i],
	['arms', /\b(?:arms|weapons|shells|missiles|rockets|ammunition|munitions)\b/i],
	['minerals', /\b(?:minerals?|rare earths?)\b/i],
	['investment', /\binvest/i],
	['money', /\b(?:\$|dollars|money|aid|loans?|payments?)\b/i]
];

export function statusOf(s: string): ExtractedEvent['status'] {
	if (/\b(?:cancel(?:l)?ed|called off|scrapped)\b/i.test(s)) return 'cancelled';
	if (/\bpostpon|\bdelay(?:ed|s)\b|\bput off\b|\breschedul/i.test(s)) return 'postponed';
	if (/\b(?:propos\w*|suggest\w*|offer(?:s|ed)?|could|would be willing|ready to)\b/i.test(s)) return 'proposed';
	if (/\b(?:will|shall|plans? to|planned|planning|due (?:to|in|on)|scheduled|to (?:meet|hold|host|visit|travel|sign)|is expected|are expected|next week|next month|tomorrow|upcoming|later (?:this|on))\b/i.test(s))
		return 'planned';
	return 'happened';
}

function iso(d: Date): string {
	return d.toISOString().slice(0, 10);
}

/** Resolve the first date expression of a sentence against the report's date. */
export function dateOf(sentence: string, reportDate: string): DateInfo {
	const ref = new Date(`${reportDate}T12:00:00Z`);
	const year = /\b(?:in|since|of|during) ((?:19|20)\d\d)\b/.exec(sentence);
	const monthYear = /\b(?:in |since |of |during )?((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? (?:19|20)\d\d)\b/.exec(sentence);
	let results: chrono.ParsedResult[] = [];
	try {
		results = chrono.parse(sentence, { instant: ref, timezone: 'UTC' }, { forwardDate: false });
	} catch {
		results = [];
	}
	// Deadlines ("before the end of the month", "until March 10") are not when the event happens.
	const r = results.find(
		(x) => !/^(?:now|today|tonight|this year)$/i.test(x.text.trim()) && !/\b(?:before|by|until|ahead of)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, x.index - 12), x.index))
	);
	if (monthYear && (!r || !r.start.isCertain('day'))) {
		const d = chrono.parseDate(`1 ${monthYear[1]}`, ref);
		if (d) {
			const s = new Date(Date.UTC(d.getFullYear(), d.getMonth(), 1));
			const e = new Date(Date.UTC(d.getFullYear(), d.getMonth() + 1, 0));
			return { start: iso(s), end: iso(e), dateText: monthYear[1] };
		}
	}
	if (r) {
		const y = r.start.get('year');
		const m = r.start.get('month');
		const day = r.start.get('day');
		if (y && m && day && (r.start.isCertain('day') || r.start.isCertain('weekday') || /\b(?:ago|yesterday|last|next|week)\b/i.test(r.text))) {
			if (/\bweek\b/i.test(r.text) && !r.start.isCertain('weekday')) {
				const d = new Date(Date.UTC(y, m - 1, day));
				const s = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86400000);
				return { start: iso(s), end: iso(new Date(s.getTime() + 6 * 86400000)), dateText: r.text.trim() };
			}
			return { date: iso(new Date(Date.UTC(y, m - 1, day))), dateText: r.text.trim() };
		}
		if (y && m && r.start.isCertain('month')) {
			return {
				start: iso(new Date(Date.UTC(y, m - 1, 1))),
				end: iso(new Date(Date.UTC(y, m, 0))),
				dateText: r.text.trim()
			};
		}
	}
	if (year?.[1]) return { start: `${year[1]}-01-01`, end: `${year[1]}-12-31`, dateText: year[0] };
	return {};
}

const TITLE = /^(?:President|Prime|Minister|Secretary|Chancellor|Foreign|Defense|Defence|Spokesman|Spokesperson|Spokeswoman|Envoy|Special|Leader|King|Queen|Crown|Prince|Mr|Mrs|Ms|Dr|General|Gen|Colonel|Major|Senator|Sen|Governor|Gov|Mayor|Chief|Commander|National|Security|Adviser|Advisor|State|Deputy|Vice|Ambassador|Emperor|Pope|Sheikh|Admiral|Lieutenant|Sergeant|Officer|Director|Head|Chairman|Chair|CEO|Kremlin|White|House|European|EU|UN|Commission|Council|Foreign|Affairs|Ministry|Department|Office|Intelligence|Sir|Dame|Lord|Lady|Former|Acting|Interim|Supreme|Premier|Representative|Rep|Speaker|Justice|Judge|Aide|Executive)$/;
const NOT_NAME = /^(?:The|A|An|In|On|At|But|And|Of|For|With|As|After|Before|When|While|If|This|That|These|Those|It|He|She|They|We|I|His|Her|Their|Our|Its|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Read|Follow|Watch|Install|Please|Leave|Breaking|News|Live|Meanwhile|However|Asked|Speaking|According|Earlier|Later|Today|Yes|No|Some|Two|Three|Both|All|Old|New|Deal|War|Peace|Russia|Ukraine)$/;

const ORG_WORD = /^(?:Palace|Council|Nations|Union|House|Fund|Agency|Service|Ministry|Department|Office|Bureau|Directorate|Party|Army|Forces|Court|Bank|Group|Institute|University|Committee|Commission|Parliament|Assembly|Congress|Senate|Agreement|Treaty|Summit|Conference|Forum|Organization|Organisation|Corporation|Company|News|Times|Post|Press|Airport|Square|Street|Hotel|Centre|Center|Sea|Ocean|River|Island|Islands|Mountains|War|Day)$/;

/** Surname key: lower case, no diacritics, transliteration doubles folded ("Zelenskyy" = "Zelensky"). */
export function surnameKey(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/['’]s$/, '')
		.replace(/yy$/, 'y')
		.replace(/iy$/, 'i');
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
export function findPersonMentions(text: string, toponyms: Toponym[]): PersonMention[] {
	const placeAt = new Set<number>();
	for (const t of toponyms) for (let k = t.start; k < t.end; k++) placeAt.add(k);
	const out: PersonMention[] = [];
	const re = /\b\p{Lu}[\p{L}\p{M}'’-]+(?:,? (?:bin |von der |van |de |al-)?\p{Lu}[\p{L}\p{M}'’.-]*){1,6}/gu;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const raw = m[0].replace(/,/g, '');
		if (raw !== m[0]) {
			// "envoy, Keith Kellogg": a comma only after a title-ish head; else restart after it.
			const comma = m[0].indexOf(',');
			re.lastIndex = m.index + comma + 1;
			const headWords = m[0].slice(0, comma).split(' ');
			if (!headWords.every((w) => TITLE.test(w) || placeAt.has(m!.index))) continue;
			continue;
		}
		let words = m[0].replace(/\.$/, '').split(' ');
		let offset = m.index;
		while (words.length && (TITLE.test(words[0]!.replace(/['’]s$/, '')) || placeAt.has(offset) || NOT_NAME.test(words[0]!) || /^(?:of|the)$/i.test(words[0]!))) {
			offset += words[0]!.length + 1;
			words = words.slice(1);
		}
		// Trailing place or title words are not part of the name.
		while (words.length && (TITLE.test(words[words.length - 1]!) || placeAt.has(offset + words.slice(0, -1).join(' ').length + (words.length > 1 ? 1 : 0)))) words = words.slice(0, -1);
		if (words.length < 2 || words.length > 4 || words.some((w, k) => k > 0 && TITLE.test(w))) continue;
		if (words.some((w) => NOT_NAME.test(w.replace(/['’]s$/, '')))) continue;
		if (words.some((w) => /^\p{Lu}{2,}$/u.test(w))) continue; // "NK PRO": organisations in capitals
		if (ORG_WORD.test(words[words.length - 1]!.replace(/['’]s$/, ''))) continue; // "Diriyah Palace", "United Nations"
		const name = words.join(' ').replace(/['’]s$/, '');
		const end = offset + name.length;
		if (placeAt.has(offset)) continue;
		const short = words[words.length - 1]!.replace(/['’]s$/, '');
		// Nationality: the nearest toponym before the name with only title words between.
		let country: string | null = null;
		for (const t of toponyms) {
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

/** "more than 12,000 North Korean troops", "thousands of troops", "tens of thousands of soldiers". */
export function troopFigure(sentence: string): Omit<FigureInfo, 'according'> | null {
	const re = new RegExp(`(?:\\b${QUAL_RE}\\s+)?(\\d[\\d,]*(?:\\.\\d+)?(?:\\s+(?:thousand|million))?|(?:tens of |hundreds of )?thousands|hundreds|dozens)\\s+(?:of\\s+)?((?:[\\p{Lu}][\\p{L}-]*\\s+){0,3})(troops|soldiers|servicemen|fighters|peacekeepers|personnel|marines)\\b`, 'iu');
	const m = re.exec(sentence);
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
	const money = new RegExp(`(?:\\b${QUAL_RE}\\s+)?(US\\$|\\$|€|£|¥)\\s?(\\d[\\d,]*(?:\\.\\d+)?)(?:[-\\s]?(thousand|million|billion|trillion|bn|mn|m|b|tn)\\b)?`, 'i');
	const m = money.exec(sentence);
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
	kind: Kind;
	status: 'happened' | 'planned' | 'postponed' | 'proposed' | 'cancelled';
	sentence: Sentence;
	/** Toponyms in the sentence, in order. */
	places: Toponym[];
	/** Participants (meeting, call) or travellers (visit, travel). */
	persons: Person[];
	/** States involved (ISO2), in order. */
	countries: string[];
	/** Meeting place; destination of a visit, travel or deployment; receiving end of a call or trade. */
	at?: Toponym;
	/** Origin of a travel, deployment, call or trade. */
	from?: Toponym;
	/** Deployment: the deploying state (ISO2). */
	by?: string;
	/** The place comes from context (paragraph, dateline, a state's capital), not the sentence. */
	inferred?: boolean;
	goods?: Goods;
	what?: string;
	force?: string;
	/** Deployment count or trade amount. */
	figure?: FigureInfo;
	confidence: number;
}

const SPECIFIC: Record<Toponym['type'], number> = { building: 4, city: 3, region: 2, country: 1 };
const LOCATIVE_BEFORE = /(?:\b(?:in|at|to|into|near|outside|inside|across|visit(?:s|ed|ing)?|toward|towards|(?:depart\w*|left|leav\w*|head\w*|bound|set off) for))\s+(?:(?:the|his|her|its|their|a|an)\s+)?(?:[\p{Ll}-]+\s+)?$/iu;
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;

function isLocative(text: string, t: Toponym): boolean {
	const before = text.slice(Math.max(0, t.start - 40), t.start);
	// "the war in Ukraine", "support for Kyiv": an abstract noun's complement, not where something happens.
	return LOCATIVE_BEFORE.test(before) && !/\b(?:war|conflict|fighting|peace|crisis|situation|settlement|deal|security|invasion|presence|membership|interests?|sanctions|operations?|support|aid|help|access|threat|concessions?|guarantees?|policy|approach|stance|role) (?:to|for|in|on|into|towards?) (?:the )?$/i.test(before);
}

/** A dateline: a first non-empty line that is only a place name in capitals ("RIYADH"), or "RIYADH, Feb 24 (AFP) -". */
function datelineOf(text: string, toponyms: Toponym[]): Toponym | undefined {
	for (const t of toponyms) {
		const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
		const lineEnd = text.indexOf('\n', t.end);
		const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
		if (t.start !== lineStart || t.text !== t.text.toUpperCase()) continue;
		if (/^[\p{Lu} .'-]+(?:,[^\n]{0,40}?(?:\(\w+\))?\s*[-–—])?\s*$/u.test(line) && t.type !== 'country') return t;
	}
	return undefined;
}

export interface ExtractOptions {
	gaz?: Gazetteer;
	/** People known from the whole document set (countries found in other reports). */
	persons?: Person[];
	/** Descriptor references ("the Saudi capital"), from `findDescriptors`. */
	descriptors?: Toponym[];
}

function capitalTop(gaz: Gazetteer | undefined, cc: string, named: Toponym[]): Toponym | undefined {
	const cap = gaz?.capitals.get(cc);
	if (!cap) return undefined;
	const inText = named.find((t) => t.placeKey === cap.key);
	if (inText) return inText;
	return { start: -1, end: -1, text: cap.name, name: cap.name, lat: cap.lat, lon: cap.lon, geonameid: cap.geonameid, country: cc, type: 'city', form: 'name', confidence: 0.5, placeKey: cap.key };
}

/** Extract events from one report's text. */
export function extractEvents(text: string, toponyms: Toponym[], reportDate: string, options: ExtractOptions = {}): ExtractedEvent[] {
	const gaz = options.gaz;
	const allTopos = [...toponyms, ...(options.descriptors ?? [])].sort((a, b) => a.start - b.start);
	for (const t of allTopos) t.locative = isLocative(text, t);
	const mentions = findPersonMentions(text, toponyms);
	const registry = new Map<string, Person>();
	for (const p of mergePersons([...(options.persons ?? []), ...mentions])) registry.set(surnameKey(p.short), p);
	const personAt = (from: number, to: number): Array<Person & { at: number }> => {
		const out: Array<Person & { at: number }> = [];
		const seen = new Set<string>();
		for (const p of registry.values()) {
			const re = new RegExp(`\\b${p.short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}y?\\b`, 'g');
			for (let m = re.exec(text); m; m = re.exec(text)) {
				if (m.index < from || m.index >= to) continue;
				if (!seen.has(p.short)) out.push({ ...p, at: m.index });
				seen.add(p.short);
				break;
			}
		}
		return out.sort((a, b) => a.at - b.at);
	};
	const dateline = datelineOf(text, toponyms);
	const named = allTopos.filter((t) => t.form !== 'demonym' && !!t.country);
	const out: ExtractedEvent[] = [];
	let lastPerson: (Person & { at: number }) | undefined;
	let lastLine = -1;
	let lineLocative: Toponym | undefined;

	for (const s of splitSentences(text)) {
		const line = text.lastIndexOf('\n', s.start - 1);
		if (line !== lastLine) {
			lastLine = line;
			lineLocative = undefined;
		}
		const places = allTopos.filter((t) => t.start >= s.start && t.end <= s.end);
		const namedHere = places.filter((t) => t.form !== 'demonym' && !!t.country);
		let persons = personAt(s.start, s.end);
		const pronoun = /\b(?:he|she|his|her)\b/i.test(s.text);
		if (!persons.length && pronoun && lastPerson) persons = [lastPerson];
		const countries = [...new Set(places.filter((p) => (p.type === 'country' || p.form === 'demonym') && p.country).map((p) => p.country))];
		const status = statusOf(s.text);
		const date = dateOf(s.text, reportDate);
		const locHere = namedHere.filter((t) => t.locative);
		const context = lineLocative ?? dateline;

		// Seats of organisations addressed: "told the UN Security Council" → a meeting at the seat.
		const seat = places.find((t) => t.organisation && /\b(?:told|addressed|briefed|address|brief|speaking (?:at|to)|spoke (?:at|to)|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 20), t.start)));
		const kinds: Array<{ kind: Kind; at: number; weak?: boolean }> = [];
		for (const [k, re] of CUES) {
			const m = re.exec(s.text);
			if (m) kinds.push({ kind: k, at: s.start + m.index, weak: k === 'call' && /^(?:had )?(?:spoken|spoke) /i.test(m[0]) });
		}
		if (seat && !kinds.some((k) => k.kind === 'meeting')) kinds.push({ kind: 'meeting', at: seat.start });

		const push = (ev: Omit<ExtractedEvent, 'status' | 'sentence' | 'places' | 'countries' | 'confidence'> & Partial<ExtractedEvent>) => {
			let c = 0.35;
			if (ev.persons.length) c += 0.15;
			if (ev.date || ev.start) c += 0.15;
			if (ev.at && (ev.at.type === 'city' || ev.at.type === 'building')) c += 0.15;
			if (kinds.length === 1) c += 0.1;
			if (ev.inferred) c -= 0.15;
			out.push({ status, sentence: s, places, countries, ...date, ...ev, confidence: Math.round(Math.max(0.1, Math.min(0.95, c)) * 100) / 100 });
		};
		const pick = (from: number, list: Toponym[], mostSpecific: boolean): Toponym | undefined => {
			const after = list.filter((t) => t.start >= from);
			const pool = after.length ? after : list;
			if (!pool.length) return undefined;
			if (!mostSpecific) return pool[0];
			return [...pool].sort((a, b) => SPECIFIC[b.type] - SPECIFIC[a.type] || a.start - b.start)[0];
		};

		for (const { kind, at: cueAt, weak } of kinds.slice(0, 3)) {
			if (kind === 'meeting') {
				// Coordinated meetings: "meetings with Kellogg on Tuesday and Hegseth on Friday".
				const pairs = [...s.text.matchAll(/\b(\p{Lu}[\p{L}-]+) on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gu)].filter((m) => registry.has(surnameKey(m[1]!)));
				let place = seat ?? pick(cueAt, locHere, true);
				let inferred = false;
				if (!place && context) {
					place = context;
					inferred = true;
				}
				if (!place) {
					const host = places.find((t) => t.country && (t.type === 'country' || t.form === 'demonym'));
					const cap = host && capitalTop(gaz, host.country, named);
					if (cap) {
						place = cap;
						inferred = true;
					} else place = namedHere[0];
				}
				if (!place) continue;
				if (pairs.length >= 2) {
					const others = persons.filter((p) => !pairs.some((m) => surnameKey(m[1]!) === surnameKey(p.short)));
					for (const m of pairs) {
						const who = registry.get(surnameKey(m[1]!))!;
						push({ kind, persons: [...others, who], at: place, inferred, ...dateOf(m[0], reportDate) });
					}
					continue;
				}
				push({ kind, persons, at: place, inferred });
				continue;
			}
			if (kind === 'visit' || kind === 'travel') {
				const dest = pick(cueAt, locHere.filter((t) => !FROM_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))), false);
				if (!dest) continue;
				const fromT = kind === 'travel' ? namedHere.find((t) => t !== dest && FROM_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))) : undefined;
				const before = persons.filter((p) => p.at < cueAt);
				const who = before.length ? [before[before.length - 1]!] : persons.slice(0, 1);
				push({ kind, persons: who, at: dest, ...(fromT ? { from: fromT } : {}) });
				continue;
			}
			if (kind === 'call') {
				const withCc = persons.filter((p) => p.country);
				const subject = withCc[0] ?? (pronoun && lastPerson?.country ? lastPerson : undefined);
				if (!subject) continue;
				const others = withCc.filter((p) => p.country !== subject.country);
				if (!others.length || (weak && locHere.length)) continue;
				const from = capitalTop(gaz, subject.country!, named);
				for (const o of others) {
					const to = capitalTop(gaz, o.country!, named);
					if (!from || !to) continue;
					push({ kind, persons: [subject, o], from, at: to, inferred: from.start < 0 || to.start < 0 });
				}
				continue;
			}
			if (kind === 'deployment') {
				// Whose forces: a nationality right before the force noun, or the possessor of an invasion.
				const noun = /\b(?:troops?|soldiers|forces|peacekeepers|personnel)\b/i.exec(s.text);
				const nounAt = noun ? s.start + noun.index : cueAt;
				let by = places.filter((t) => t.country && t.end <= nounAt && nounAt - t.end <= 25 && !/[,.;]/.test(text.slice(t.end, nounAt))).pop()?.country;
				const inv = /\b(\S+?)(?:['’]s)? (?:full-scale )?(?:invasion|incursion)\b/i.exec(s.text);
				if (!by && inv) by = places.find((t) => t.start === s.start + inv.index && t.country)?.country;
				if (!by) by = places.find((t) => t.country && t.start < cueAt && (t.type === 'country' || t.form === 'demonym'))?.country;
				if (!by) continue;
				const dests = locHere.filter((t) => t.country && !FROM_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start)));
				const ofInv = /\b(?:invasion|incursion) (?:of|into|in) (?:the )?$/i;
				let to = namedHere.find((t) => ofInv.test(text.slice(Math.max(0, t.start - 20), t.start))) ?? pick(Math.min(cueAt, nounAt), dests.filter((t) => t.start >= Math.min(cueAt, nounAt)), true);
				if (!to) continue;
				if (to.type === 'country' && to.country === by && !ofInv.test(text.slice(Math.max(0, to.start - 20), to.start))) continue;
				const home = to.country !== by ? capitalTop(gaz, by, named) : undefined;
				const fig = troopFigure(s.text);
				const force = (/\b(?:[\p{L}-]+ ){0,2}(?:troops?|soldiers|forces|peacekeepers)\b/iu.exec(s.text)?.[0] ?? 'forces').trim();
				push({
					kind,
					persons: [],
					by,
					at: to,
					...(home ? { from: home } : {}),
					force,
					...(fig ? { figure: { ...fig, according: attribution(s, places, persons) } } : {})
				});
				continue;
			}
			if (kind === 'trade') {
				const goods = GOODS.find(([, re]) => re.test(s.text))?.[0] ?? 'other';
				const what = (/\b(?:[\w-]+ ){0,3}(?:oil|crude|sanctions|arms|weapons|shells|missiles|rockets|minerals?|investments?)\b/i.exec(s.text)?.[0] ?? goods).trim();
				const fromT = namedHere.find((t) => FROM_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start)));
				const toT = namedHere.find((t) => t !== fromT && /\b(?:to|into|on|against)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 9), t.start)));
				const subject = places.find((t) => t.country && t !== fromT && t !== toT);
				const subjTop = subject ? (subject.form === 'demonym' ? named.find((n) => n.country === subject.country && n.type === 'country') ?? capitalTop(gaz, subject.country, named) : subject) : undefined;
				let a = fromT ?? subjTop;
				let b = toT ?? (fromT ? subjTop : namedHere.find((t) => t !== a));
				if (goods === 'sanctions' && !fromT && !toT && a && b) [a, b] = [a, b];
				if (!a || !b || a.country === b.country) continue;
				const fig = moneyFigure(s.text);
				push({ kind, persons, from: a, at: b, goods, what, ...(fig ? { figure: { ...fig, according: attribution(s, places, persons) } } : {}) });
				continue;
			}
		}

		// A person of one country located in another country's place: a visit ("Zelensky said in Ankara",
		// "Speaking in Turkey, Zelensky said", "he hosted President Macron at the White House").
		if (!kinds.some((k) => k.kind === 'visit' || k.kind === 'travel') && (status === 'happened' || status === 'planned')) {
			for (const L of locHere) {
				if (!L.country) continue;
				const before = text.slice(Math.max(s.start, L.start - 60), L.start);
				const verbIn = /\b(?:said|says|told(?: [\p{L}]+){0,2}|speaking(?: [\p{L}]+){0,4},?|spoke|met(?: [\p{L}]+){0,3}|arrived|(?:was|were|is|are) due|hosted(?: [\p{L}]+){0,4})\s+(?:in|at)\s+(?:the\s+|his\s+|her\s+)?$/iu.exec(before);
				if (!verbIn) continue;
				const hosted = /^hosted/i.test(verbIn[0]);
				const cands = hosted ? persons.filter((p) => p.at > L.start - 60 && p.at < L.start) : persons.filter((p) => p.at < L.start);
				let p = cands[cands.length - 1] ?? (/^speaking/i.test(verbIn[0]) ? persons.find((x) => x.at > L.end) : undefined) ?? (pronoun ? lastPerson : undefined);
				if (!p?.country || p.country === L.country) continue;
				push({ kind: 'visit', persons: [p], at: L, inferred: true });
				break;
			}
		}
		if (persons.length) lastPerson = persons[persons.length - 1];
		const loc = locHere.filter((t) => t.type !== 'country');
		if (loc.length) lineLocative = loc[loc.length - 1];
		else if (locHere.length) lineLocative = locHere[locHere.length - 1];
	}
	return out;
}
