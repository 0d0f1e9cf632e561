/**
 * Event extraction: one pass over the sentences of a report, with the toponyms already found.
 * Cue patterns decide the kind (meeting, call, visit, travel, deployment, trade), modal and
 * tense cues the status, chrono-node the date (relative to the report's date), and the nearest
 * country or demonym before a person's name that person's country. Each event keeps its quote
 * (the sentence, verbatim) and its character offsets.
 */
import * as chrono from 'chrono-node';
import type { Toponym } from './geoparse';

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

export interface ExtractedEvent extends DateInfo {
	kind: Kind;
	status: 'happened' | 'planned' | 'postponed' | 'proposed' | 'cancelled';
	sentence: Sentence;
	/** Toponyms in the sentence, in order. */
	places: Toponym[];
	persons: Person[];
	/** Countries named in the sentence (ISO2), in order. */
	countries: string[];
	goods?: Goods;
	what?: string;
	force?: string;
	confidence: number;
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
	['call', /\b(?:phone call|telephone (?:call|conversation)|phoned|spoke (?:by|on the) (?:phone|telephone)|(?:spoke|speaks|speak|talked) (?:with|to) .{0,40}(?:by phone|on the phone)|in a (?:phone )?call with|held a call|call(?:ed)? (?:with|between))\b/i],
	['deployment', /\b(?:troops|soldiers|forces|deploy(?:s|ed|ing|ment)?|peacekeep\w*|incursion|invasion|invaded|boots on the ground)\b/i],
	['trade', /\b(?:oil|crude|sanctions?|arms sales|weapons|shells|missiles|rockets|minerals?|exports?|imports?|investments?|supplied|supplies|cargoes)\b/i],
	['travel', /\b(?:travel(?:s|led|ed|ling|ing)? (?:from|to)|flew (?:to|from)|fly to|headed to|arriv(?:ed|es|ing) in|left for|departed)\b/i],
	['visit', /\b(?:visit(?:s|ed|ing)?|trip to|(?:come|came|coming) (?:in|to))\b/i],
	['meeting', /\b(?:met|meet(?:s|ing|ings)?|talks|summit|sit-down|hosted|hosts|host|gathered|negotiations|conference|summoned)\b/i]
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
	const r = results.find((x) => !/^(?:now|today|tonight|this year)$/i.test(x.text.trim()));
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

const TITLE = /^(?:President|Prime|Minister|Secretary|Chancellor|Foreign|Defense|Defence|Spokesman|Spokesperson|Envoy|Special|Leader|King|Crown|Prince|Mr|Mrs|Ms|Dr|General|Gen|Senator|Sen|Governor|Gov|Mayor|Chief|Commander|National|Security|Adviser|Advisor|State|Deputy|Vice|Ambassador|Emperor|Pope|Sheikh|Envoy|Colonel|Admiral|Lieutenant|Sergeant|Officer|Director|Head|Chairman|Chair|CEO|Kremlin|White|House|Ukrainian|Russian|American|US|U\.S\.|European|EU|Commission|Council|Council's|Foreign|Affairs|Defense|Ministry|Department|Office|Intelligence)$/;

/**
 * People: runs of two or more capitalised words that are not places, after dropping titles
 * ("US Secretary of State Marco Rubio" → "Marco Rubio").
 */
export function findPersons(text: string, toponyms: Toponym[]): Person[] {
	const placeAt = new Set<number>();
	for (const t of toponyms) for (let k = t.start; k < t.end; k++) placeAt.add(k);
	const out = new Map<string, Person>();
	const re = /\b\p{Lu}[\p{L}\p{M}'’-]+(?: (?:bin |von der |van |de |al-)?\p{Lu}[\p{L}\p{M}'’-]+){1,3}/gu;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		let words = m[0].split(' ');
		let offset = m.index;
		while (words.length && (TITLE.test(words[0]!) || placeAt.has(offset))) {
			offset += words[0]!.length + 1;
			words = words.slice(1);
		}
		if (words.length < 2 || words.some((w, k) => k > 0 && TITLE.test(w))) continue;
		if (words.some((w) => /^(?:The|A|An|In|On|At|But|And|Of|For|With|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(w))) continue;
		const name = words.join(' ').replace(/['’]s$/, '');
		if (placeAt.has(offset)) continue;
		const short = words[words.length - 1]!.replace(/['’]s$/, '');
		// Country: the nearest country or demonym toponym within 60 characters before the name.
		let country: string | null = null;
		for (const t of toponyms) if (t.end <= offset && offset - t.end < 60 && t.country) country = t.country;
		const prev = out.get(short);
		if (!prev || (!prev.country && country)) out.set(short, { name: prev?.name && prev.name.length > name.length ? prev.name : name, short, country: country ?? prev?.country ?? null });
	}
	return [...out.values()];
}

/** Extract events from one report's text. */
export function extractEvents(text: string, toponyms: Toponym[], reportDate: string): ExtractedEvent[] {
	const persons = findPersons(text, toponyms);
	const out: ExtractedEvent[] = [];
	for (const s of splitSentences(text)) {
		const kinds = CUES.filter(([, re]) => re.test(s.text)).map(([k]) => k);
		if (!kinds.length) continue;
		const places = toponyms.filter((t) => t.start >= s.start && t.end <= s.end);
		const inSentence = persons.filter((p) => new RegExp(`\\b${p.short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(s.text));
		const countries = [...new Set(places.filter((p) => p.type === 'country').map((p) => p.country))];
		if (!places.length) continue;
		const status = statusOf(s.text);
		const date = dateOf(s.text, reportDate);
		for (const kind of kinds.slice(0, 2)) {
			const ev: ExtractedEvent = { kind, status, sentence: s, places, persons: inSentence, countries, ...date, confidence: 0.5 };
			if (kind === 'trade') {
				ev.goods = GOODS.find(([, re]) => re.test(s.text))?.[0] ?? 'other';
				const m = /\b(?:[\w-]+ ){0,3}(?:oil|crude|sanctions|arms|weapons|shells|missiles|rockets|minerals?|investments?)\b/i.exec(s.text);
				ev.what = (m?.[0] ?? ev.goods).trim();
			}
			if (kind === 'deployment') {
				const m = /\b(?:[\p{L}-]+ ){0,2}(?:troops|soldiers|forces|peacekeepers)\b/iu.exec(s.text);
				ev.force = (m?.[0] ?? 'forces').trim();
			}
			let c = 0.35;
			if (inSentence.length) c += 0.15;
			if (date.date || date.start) c += 0.15;
			if (places.some((p) => p.type === 'city' || p.type === 'building')) c += 0.15;
			if (kinds.length === 1) c += 0.1;
			ev.confidence = Math.round(Math.min(0.95, c) * 100) / 100;
			out.push(ev);
		}
	}
	return out;
}
