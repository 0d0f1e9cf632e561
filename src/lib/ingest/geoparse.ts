/**
 * The geoparser: finds toponyms in English news text and resolves each to a place.
 *
 * Recognition: capitalised token sequences are looked up in the gazetteer, longest match first
 * (up to the longest gazetteer name), with lower-case connectors inside names ("Isle of Man",
 * "Trinidad and Tobago") and possessives stripped ("Moscow's" → "Moscow"). Demonyms and
 * adjectives ("Russian", "Saudis") are toponyms too. Filters: abbreviations only in capitals;
 * towns spelled like ordinary English words ("Police", "Nice") need a locative cue or a large
 * population away from the start of a sentence; a town name right after another capitalised word
 * that is not a place ("Marco Rubio") is part of a person's or organisation's name, and that
 * surname is then not a place anywhere in the document.
 *
 * Resolution: each candidate scores a prior (population for towns, a fixed weight for countries,
 * regions and continents, a bonus for capitals and admin seats), plus document context: countries
 * mentioned elsewhere in the text, a region or country right after a comma ("Paris, Texas"), and
 * places already resolved nearby. Two passes: unambiguous mentions first set the context.
 */
import { COMMON_WORDS } from './common-words';
import type { UnlistedAnchor } from './unlisted';
import {
	haversineKm,
	nameKey,
	PLACE_KIND_TO_TYPE,
	regionOf,
	type GazName,
	type GazPlace,
	type Gazetteer
} from './gazetteer';

export interface Toponym {
	start: number;
	end: number;
	text: string;
	name: string;
	lat: number;
	lon: number;
	geonameid: number | null;
	country: string;
	type: 'city' | 'region' | 'country' | 'building';
	/** How the text names it: a proper name, a demonym or adjective, an abbreviation. */
	form: GazName['form'];
	/** 0–1: how sure the resolver is of this reading. */
	confidence: number;
	/** Internal gazetteer key of the place, e.g. "gn:524901", "cc:RU". */
	placeKey: string;
	/** A locative word comes right before it ("in Riyadh", "to Poland"). */
	locative?: boolean;
	/** For seats of power and organisations: the city they lie in. */
	within?: { name: string; lat: number; lon: number; geonameid: number | null; country: string; key: string };
	/** The seat of an international organisation ("UN Security Council"). */
	organisation?: boolean;
	/**
	 * A name the gazetteer lacks, taken as a place from how the text uses it (ingest only,
	 * `unlisted.ts`): lat/lon are its country's point, and the editor must place it; or, with an
	 * `anchor`, the point the text locates it from ("30 km south of Qom"), approximate; with
	 * `variantOf`, the gazetteer's town of that country spelled another way ("Herson" for Kherson).
	 */
	unlisted?: { basis: 'facility' | 'list' | 'verb' | 'anchor'; country: string; anchor?: UnlistedAnchor; variantOf?: string };
}

interface Token {
	start: number;
	/** End of the token without a possessive "'s". */
	end: number;
	text: string;
	upper: boolean;
	allCaps: boolean;
	sentenceStart: boolean;
	/** The token ended in "'s" / "’s". */
	possessive: boolean;
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;
const LOCATIVE_FR = new Set(['à', 'au', 'aux', 'en', 'dans', 'vers', 'depuis', 'de', 'près']);
const CONNECTORS = new Set(['of', 'and', 'the', 'de', 'del', 'la', 'le', 'les', 'upon', 'on', 'al', 'el', 'di', 'da', 'do', 'dos', 'das', 'du', 'sur', 'am', 'im', 'an', 'der', 'y', "d'", 'a']);
const LOCATIVE = new Set('in at near outside from to into via across around toward towards throughout inside visit visited visiting arrived between across reach reached leave left entered'.split(' '));
/** Capitalised words that may stand before a place name without making it a person's name. */
const MODIFIERS = new Set([
	'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest',
	'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'greater', 'upper', 'lower',
	'downtown', 'metro', 'inner', 'outer', 'new', 'old', 'rural', 'coastal', 'neighbouring', 'neighboring', 'occupied',
	'the', 'in', 'at', 'from', 'to', 'for', 'and', 'but', 'or', 'of', 'on', 'by', 'with', 'as', 'after', 'before', 'when',
	'while', 'if', 'this', 'that', 'both', 'all', 'across', 'between', 'near', 'like', 'including', 'via', 'since', 'about',
	'pro', 'anti', 'ex', 'post', 'pre', 'mid', 'trans', 'inter', 'euro', 'afro', 'anglo', 'sino', 'indo', 'franco', 'russo',
	'greco', 'austro', 'judeo', 'saint', 'st', 'fort', 'port', 'mount', 'lake', 'cape', 'san', 'santa', 'los', 'las', 'el', 'al',
	'la', 'le', 'des', 'du', 'der'
]);

function isUpperInitial(s: string): boolean {
	const c = s.charAt(0);
	return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function tokenize(text: string, french = false): Token[] {
	const out: Token[] = [];
	TOKEN_RE.lastIndex = 0;
	for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
		let t = m[0];
		let start = m.index;
		// French elision: "l’Ukraine", "d’Iran" → the name after the apostrophe.
		const el = french ? /^(?:[lLdDjJnNsScCmMtT]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\p{Lu})/u.exec(t) : null;
		if (el) {
			start += el[0].length;
			t = t.slice(el[0].length);
		}
		let possessive = false;
		const pm = /['’]s$/.exec(t);
		if (pm && t.length > 2) {
			t = t.slice(0, -2);
			possessive = true;
		} else if (/['’]$/.test(t)) t = t.slice(0, -1);
		// Sentence start: only punctuation, quotes or line breaks since the last token or the text start.
		let j = start - 1;
		while (j >= 0 && /[\s"“”‘'(\[«—–-]/.test(text.charAt(j)) && text.charAt(j) !== '\n') j--;
		const prevChar = j >= 0 ? text.charAt(j) : '';
		const sentenceStart = j < 0 || /[.!?:;\n•|]/.test(prevChar) || (text.charAt(j + 1) === '\n');
		const letters = t.replace(/[^\p{L}]/gu, '');
		out.push({
			start,
			end: start + t.length,
			text: t,
			upper: isUpperInitial(t),
			allCaps: letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
			sentenceStart,
			possessive
		});
	}
	return out;
}

interface Mention {
	start: number;
	end: number;
	text: string;
	firstToken: number;
	lastToken: number;
	candidates: GazName[];
	/** A comma or "in" follows, then another mention: "Paris, Texas". */
	container?: Mention;
	sentenceStart: boolean;
	locative: boolean;
	allCaps: boolean;
	resolved?: GazName;
	score?: number;
	margin?: number;
}

/** Scores of the prior, before context. */
function prior(e: GazName): number {
	const p = e.place;
	switch (p.kind) {
		case 'country':
			return p.featureCode === 'PCLD' ? 6.5 : 8;
		case 'continent':
			return 7.5;
		case 'building':
			return 9;
		case 'region':
			return e.strong ? 7 : 6.3;
		case 'city': {
			let s = 1.2 * Math.log10(p.population + 10);
			if (p.featureCode === 'PPLC') s += 3;
			else if (p.featureCode === 'PPLA') s += 1;
			else if (p.featureCode === 'PPLA2') s += 0.3;
			if (e.strong) s += 2;
			return s;
		}
	}
}

function separatorOk(text: string, from: number, to: number): boolean {
	const gap = text.slice(from, to);
	return gap === ' ' || gap === '-' || gap === '‐' || gap === '\u00a0';
}

/** "St. Louis", "Mt. Vernon": an abbreviated first word followed by ". ". */
function abbrevGapOk(text: string, prev: Token, from: number, to: number): boolean {
	return /^(?:st|ste|ft|mt|pt)$/i.test(prev.text) && text.slice(from, to) === ". ";
}

const NEVER_TOWNS = new Set([
	'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
	'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'god', 'jesus', 'christ', 'city', 'mr', 'mrs', 'ms', 'dr',
	// International organisations' acronyms that are also town names.
	'nato', 'opec', 'asean', 'nafta', 'nasa', 'unesco', 'unicef', 'interpol', 'fifa', 'uefa', 'osce', 'imf', 'who'
]);

/** Could this capitalised word be a place on its own? (A country, region, demonym or big town.) */
function placeLike(gaz: Gazetteer, word: string): boolean {
	const list = gaz.names.get(nameKey(word));
	if (!list) return false;
	return list.some((e) => e.strong || e.place.kind !== 'city' || e.place.population >= 100_000);
}

export interface GeoparseOptions {
	/** Minimum confidence to report a toponym (default 0). */
	minConfidence?: number;
	/** 'fr': French names (Moscou, Biélorussie) are looked up too, and "l’"/"d’" elisions split off. */
	language?: 'en' | 'fr';
}

/** Find and resolve the toponyms of one text. Pure: the same text and gazetteer give the same output. */
export function geoparse(text: string, gaz: Gazetteer, options: GeoparseOptions = {}): Toponym[] {
	const french = options.language === 'fr';
	const tokens = tokenize(text, french);
	const mentions: Mention[] = [];
	const personNames = new Set<string>();
	/** Candidates kept only on context: villages named after a locative word or in a list. */
	const weak = new Set<GazName>();
	/** For villages kept only as list members: the neighbouring mentions (previous, index of next). */
	const listedWith = new Map<GazName, { prev?: Mention; next?: number }>();
	// Words seen in lower case in this document: an ordinary word here, whatever the gazetteer says.
	const lowerSeen = new Set<string>();
	// How often each capitalised word stands alone (not right after another capitalised word):
	// a word that follows a town name here and also stands alone elsewhere is a surname ("Vladimir Putin").
	const aloneCount = new Map<string, number>();
	for (let k = 0; k < tokens.length; k++) {
		const t = tokens[k]!;
		if (!t.upper) {
			lowerSeen.add(t.text.toLowerCase());
			continue;
		}
		const p = tokens[k - 1];
		if (!p || !p.upper || !separatorOk(text, p.end, t.start) || p.sentenceStart) {
			const w = t.text.toLowerCase();
			aloneCount.set(w, (aloneCount.get(w) ?? 0) + 1);
		}
	}

	let i = 0;
	while (i < tokens.length) {
		const t = tokens[i]!;
		if (!t.upper) {
			i++;
			continue;
		}
		let found: { n: number; list: GazName[] } | null = null;
		// Longest match first.
		const limit = Math.min(gaz.maxTokens, tokens.length - i);
		let parts: string[] = [];
		const keys: Array<{ n: number; key: string; lastUpper: boolean }> = [];
		for (let n = 1; n <= limit; n++) {
			const tk = tokens[i + n - 1]!;
			if (n > 1) {
				const prev = tokens[i + n - 2]!;
				if (prev.possessive || !(separatorOk(text, prev.end, tk.start) || abbrevGapOk(text, prev, prev.end, tk.start))) break;
				if (!tk.upper && !CONNECTORS.has(tk.text.toLowerCase())) break;
			}
			parts.push(tk.text);
			keys.push({ n, key: nameKey(parts.join(' ')), lastUpper: tk.upper });
		}
		for (let k = keys.length - 1; k >= 0; k--) {
			const { n, key, lastUpper } = keys[k]!;
			if (!lastUpper) continue;
			const en = gaz.names.get(key);
			const fr = french ? gaz.frNames.get(key) : undefined;
			const list = fr ? [...fr, ...(en ?? []).filter((e) => !fr.some((f) => f.place === e.place))] : en;
			if (list && list.length) {
				found = { n, list };
				break;
			}
		}
		parts = [];
		if (!found) {
			i++;
			continue;
		}
		const first = tokens[i]!;
		const last = tokens[i + found.n - 1]!;
		let surface = text.slice(first.start, last.end);
		const allCaps = tokens.slice(i, i + found.n).every((x) => x.allCaps || !x.upper);
		let end = last.end;
		const afterComma = i > 0 && /,\s$/.test(text.slice(Math.max(0, first.start - 2), first.start));
		let candidates = found.list.filter((e) => {
			if (e.form === 'abbrev') return /^[\p{Lu}.\s]+$/u.test(surface);
			if (e.form === 'postal') return afterComma && (text.charAt(end) === '.' || surface.endsWith('.'));
			return true;
		});
		if (candidates.some((e) => e.form === 'postal') && text.charAt(end) === '.' && !surface.endsWith('.')) end += 1;
		// A single lower-case-looking word in full capitals ("US" vs "Us"): only abbreviations and strong names.
		if (allCaps && found.n === 1 && surface.replace(/\./g, '').length <= 3)
			candidates = candidates.filter((e) => e.form === 'abbrev' || e.place.kind === 'country');

		const prevTok = i > 0 ? tokens[i - 1] : undefined;
		const prevWord = prevTok?.text.toLowerCase() ?? '';
		const prevM = mentions[mentions.length - 1];
		const locative =
			(!!prevTok && (LOCATIVE.has(prevWord) || (french && LOCATIVE_FR.has(prevWord))) && separatorOk(text, prevTok.end, first.start)) ||
			// "at Rukla and Rudninkai", "in Natanz, Isfahan and Fordow": a list after a locative word.
			(!!prevM && prevM.locative && /^(?:,\s*|\s+(?:and|or|et|ou)\s+|,\s+(?:and|or)\s+)$/.test(text.slice(prevM.end, first.start)));
		const single = found.n === 1;
		const word = surface.toLowerCase();

		// Person or organisation name: "Marco Rubio", "Paris Hilton" stays (place first); "George Washington".
		const afterCapital =
			!!prevTok &&
			prevTok.upper &&
			!prevTok.possessive &&
			separatorOk(text, prevTok.end, first.start) &&
			!MODIFIERS.has(prevWord) &&
			!(prevTok.sentenceStart && COMMON_WORDS.has(prevWord)) &&
			!placeLike(gaz, prevTok.text);
		const nextTok = tokens[i + found.n];
		const beforeCapital =
			!!nextTok &&
			nextTok.upper &&
			!nextTok.allCaps &&
			!last.possessive &&
			separatorOk(text, last.end, nextTok.start) &&
			!placeLike(gaz, nextTok.text);
		if (afterCapital && !prevTok!.allCaps) {
			candidates = candidates.filter((e) => e.strong && e.place.kind !== 'city');
			if (single && !candidates.length) personNames.add(word);
		}
		if (single && personNames.has(word)) candidates = candidates.filter((e) => e.strong && e.place.kind !== 'city');

		const nextWord = nextTok?.text.toLowerCase() ?? '';
		const surnameNext =
			beforeCapital &&
			(aloneCount.get(nextWord) ?? 0) > 0 &&
			!NEVER_TOWNS.has(nextWord) &&
			!COMMON_WORDS.has(nextWord) &&
			!lowerSeen.has(nextWord);
		// Towns spelled like ordinary words.
		const common = single && (COMMON_WORDS.has(word) || lowerSeen.has(word));
		candidates = candidates.filter((e) => {
			if (e.place.kind === 'city' && !e.strong) {
				if (single && NEVER_TOWNS.has(word)) return false;
				// "Ron Schwane", "Elizabeth Myles": a small town name before a capitalised non-place word.
				if (beforeCapital && (common || e.place.population < 150_000)) return false;
			}
			if (!e.strong && (e.place.kind === 'city' || e.place.kind === 'region') && beforeCapital && surnameNext) return false;
			if (e.strong || e.place.kind !== 'city') {
				if (e.place.kind === 'region' && !e.strong && common && !locative) return false;
				return true;
			}
			const pop = e.place.population;
			if (common) return locative ? pop >= 5000 : !first.sentenceStart && pop >= 200_000;
			if (allCaps && !locative) return pop >= 100_000 || e.place.featureCode === 'PPLC';
			if (pop >= (locative ? 1000 : 5000)) return true;
			// A village after a locative word, or listed with other places ("Natanz, Isfahan and
			// Fordow"): kept only if its country is named in the text (pass 2).
			const listedAfter = !!prevM && /^(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)$/.test(text.slice(prevM.end, first.start));
			const listedBefore = /^(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)\p{Lu}/u.test(text.slice(end, end + 8));
			if ((locative || listedAfter || listedBefore) && !allCaps && !beforeCapital && !afterCapital && !common) {
				weak.add(e);
				// Listed only (no locative word): its neighbours in the list must lie in its country.
				if (!locative) listedWith.set(e, { prev: listedAfter ? prevM : undefined, next: listedBefore ? mentions.length + 1 : undefined });
				return true;
			}
			return false;
		});
		// A seat's name at the head of a longer organisation name: "European Council on Foreign Relations".
		if (nextTok && /^(?:on|for|of)$/i.test(nextTok.text)) {
			const after = tokens[i + found.n + 1];
			if (after?.upper && !NEVER_TOWNS.has(after.text.toLowerCase()) && separatorOk(text, last.end, nextTok.start)) candidates = candidates.filter((e) => e.place.kind !== 'building');
		}
		if (!candidates.length) {
			i += found.n;
			continue;
		}
		surface = text.slice(first.start, end);
		mentions.push({
			start: first.start,
			end,
			text: surface,
			firstToken: i,
			lastToken: i + found.n - 1,
			candidates,
			sentenceStart: first.sentenceStart,
			locative,
			allCaps
		});
		i += found.n;
	}

	// Drop person names recognised later in the document ("Rubio" before "Marco Rubio").
	const kept = mentions.filter((m) => {
		if (m.lastToken !== m.firstToken || !personNames.has(m.text.toLowerCase())) return true;
		m.candidates = m.candidates.filter((e) => e.strong && e.place.kind !== 'city');
		return m.candidates.length > 0;
	});

	// Containers: "Paris, Texas", "Springfield, Ill." → the next mention after a comma.
	for (let k = 0; k + 1 < kept.length; k++) {
		const a = kept[k]!;
		const b = kept[k + 1]!;
		const gap = text.slice(a.end, b.start);
		if (/^,\s?$/.test(gap) || /^ in $/.test(gap)) a.container = b;
	}

	// Pass 1: resolve by prior; collect context from confident mentions.
	const countryWeight = new Map<string, number>();
	const regionWeight = new Map<string, number>();
	// Anchors on a 3° grid, one entry per place with its count, so that "how many resolved
	// places lie within 300 km" costs a few cells, not a scan of every mention (linear in text size).
	const anchors = new Map<string, Map<string, { lat: number; lon: number; n: number }>>();
	const cellOf = (lat: number, lon: number) => `${Math.floor(lat / 3)}:${Math.floor(lon / 3)}`;
	const addAnchor = (key: string, lat: number, lon: number) => {
		const c = cellOf(lat, lon);
		let cell = anchors.get(c);
		if (!cell) anchors.set(c, (cell = new Map()));
		const a = cell.get(key);
		if (a) a.n++;
		else cell.set(key, { lat, lon, n: 1 });
	};
	/** Resolved places within 300 km, counted up to `cap`. */
	const nearCount = (lat: number, lon: number, cap: number): number => {
		let near = 0;
		const la = Math.floor(lat / 3);
		const lo = Math.floor(lon / 3);
		const dLon = Math.min(60, Math.ceil(300 / (111 * Math.max(0.05, Math.cos((Math.min(89, Math.abs(lat)) * Math.PI) / 180)) * 3)));
		for (let i = la - 1; i <= la + 1; i++)
			for (let j = lo - dLon; j <= lo + dLon; j++) {
				const cell = anchors.get(`${i}:${j}`);
				if (!cell) continue;
				for (const a of cell.values()) {
					if (haversineKm(a.lat, a.lon, lat, lon) < 300) near += a.n;
					if (near >= cap) return near;
				}
			}
		return near;
	};
	for (const m of kept) {
		if (m.candidates.every((e) => weak.has(e))) continue;
		const ranked = m.candidates.map((e) => ({ e, s: prior(e) })).sort((a, b) => b.s - a.s);
		const best = ranked[0]!;
		const second = ranked.find((r) => r.e.place.country !== best.e.place.country);
		const margin = second ? best.s - second.s : 10;
		if (margin >= 1.5 || best.e.place.kind === 'country') {
			const cc = best.e.place.country;
			if (cc) countryWeight.set(cc, (countryWeight.get(cc) ?? 0) + 1);
			if (best.e.place.kind === 'region') regionWeight.set(best.e.place.key, (regionWeight.get(best.e.place.key) ?? 0) + 1);
			if (best.e.place.kind === 'city' || best.e.place.kind === 'region')
				addAnchor(best.e.place.key, best.e.place.lat, best.e.place.lon);
		}
	}

	// Pass 2: rescore with context.
	const out: Toponym[] = [];
	const resolvedBySurface = new Map<string, GazName>();
	for (const m of kept) {
		const key = nameKey(m.text);
		let bestE: GazName | undefined;
		let bestS = -Infinity;
		let secondS = -Infinity;
		const repeat = resolvedBySurface.get(key);
		for (const e of m.candidates) {
			const p = e.place;
			if (weak.has(e) && !(countryWeight.get(p.country) ?? 0)) continue;
			const nb = listedWith.get(e);
			if (nb) {
				const next = nb.next !== undefined ? mentions[nb.next] : undefined;
				const sameCountry = (x?: Mention) => !!x && x.candidates.some((c) => !weak.has(c) && c.place.country === p.country);
				if (!sameCountry(nb.prev) && !sameCountry(next)) continue;
			}
			let s = prior(e);
			const cw = countryWeight.get(p.country) ?? 0;
			// A country's own mentions count for it only through other places.
			const selfCount = p.kind === 'country' ? 1 : 0;
			if (cw - selfCount > 0) s += Math.min(2.5, 1 + 0.5 * (cw - selfCount));
			if (p.kind === 'city' || p.kind === 'region') {
				const region = regionOf(gaz, p);
				if (region && (regionWeight.get(region.key) ?? 0) > 0) s += 1.5;
				const near = nearCount(p.lat, p.lon, 2);
				if (near > 0) s += Math.min(1, 0.5 * near);
			}
			if (m.container) {
				const cont = m.container.candidates;
				const region = regionOf(gaz, p);
				if (cont.some((c) => c.place.kind === 'country' && c.place.country === p.country && p.kind !== 'country')) s += 4;
				if (region && cont.some((c) => c.place === region)) s += 6;
			}
			if (repeat && repeat.place === p) s += 2;
			if (s > bestS) {
				if (!bestE || bestE.place.country !== p.country) secondS = bestS;
				bestS = s;
				bestE = e;
			} else if (s > secondS && bestE && bestE.place.country !== p.country) secondS = s;
		}
		if (!bestE) continue;
		resolvedBySurface.set(key, bestE);
		const margin = secondS === -Infinity ? 5 : bestS - secondS;
		let conf = 1 / (1 + Math.exp(-(margin - 0.5)));
		if (bestE.place.kind === 'city' && !bestE.strong && m.candidates.length === 1 && bestE.place.population < 20000)
			conf *= 0.7;
		if (m.sentenceStart && !bestE.strong) conf *= 0.85;
		const confidence = Math.round(Math.max(0.05, Math.min(0.99, conf)) * 100) / 100;
		if (options.minConfidence && confidence < options.minConfidence) continue;
		const p: GazPlace = bestE.place;
		out.push({
			start: m.start,
			end: m.end,
			text: m.text,
			name: p.name,
			lat: p.lat,
			lon: p.lon,
			geonameid: p.geonameid,
			country: p.country,
			type: PLACE_KIND_TO_TYPE[p.kind],
			form: bestE.form,
			confidence,
			placeKey: p.key,
			locative: m.locative,
			...(p.within ? { within: { name: p.within.name, lat: p.within.lat, lon: p.within.lon, geonameid: p.within.geonameid, country: p.within.country, key: p.within.key } } : {}),
			...(p.organisation ? { organisation: true } : {})
		});
	}
	return out;
}
