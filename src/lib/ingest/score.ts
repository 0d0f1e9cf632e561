/**
 * Scoring a drafted story against hand-annotated gold, with the matching rules of the news-dev
 * development set (its README, "Matching rules"): places within 50 km (countries by ISO code,
 * regions and seas by name), events by kind, a place in common, the date inside the gold span
 * widened by a day, and — strict only — a party in common; pairs assigned one-to-one, best
 * first. Pure: the eval script reads the files, this module only compares.
 */
import { haversineKm } from './gazetteer';

export const PLACE_MATCH_KM = 50;

export interface ScorePlace {
	name: string;
	/** Other literal forms (gold: `written`). */
	written?: string[];
	lat: number;
	lon: number;
	/** ISO2; null for regions and seas, matched by name. */
	country: string | null;
	isCountry: boolean;
	/** Gold: a city-state (Vatican, Singapore), the same referent as its country. */
	cityState?: boolean;
	/**
	 * Drafted only: a place the gazetteer lacks, drafted at its country's point for the editor to
	 * place. It matches a gold place as the same referent — the same country and the name one of
	 * the gold's written forms — never by its stand-in coordinates.
	 */
	unlocated?: boolean;
	/** Gold only: a shared key (the same referent in every report). */
	key?: string;
	required?: boolean;
}

export interface ScoreActor {
	key: string;
	name: string;
	variants?: string[];
}

export interface ScoreEvent {
	id: string;
	kind: string;
	/** Every place of the event (meeting place, both ends of a flow). */
	places: ScorePlace[];
	/** A day, or a span (inclusive); none when undated. */
	date?: string | null;
	start?: string;
	end?: string;
	/** Gold: actor keys. Drafts: party names (the tool's own resolver may add `partyKeys`). */
	parties: string[];
	required?: boolean;
}

export interface ScoreInput {
	goldPlaces: ScorePlace[];
	goldActors: ScoreActor[];
	goldEvents: ScoreEvent[];
	places: ScorePlace[];
	events: ScoreEvent[];
	/** Do two kinds count as the same (visit and travel count as one)? */
	sameKind: (a: string, b: string) => boolean;
}

export interface Counts {
	/** Required gold items. */
	required: number;
	/** Required gold items matched. */
	found: number;
	drafted: number;
	/** Drafted items matched to required gold. */
	tp: number;
	/** Drafted items matched to optional gold (count neither way). */
	optional: number;
	/** Matched events whose drafted date lies inside the gold span (no slack), of `tp`. */
	datesRight: number;
}

export interface ScoreResult {
	places: Counts;
	strict: Counts;
	lenient: Counts;
	/** Per gold event id: the drafted event id matched (strict). */
	strictPairs: Map<string, string>;
	lenientPairs: Map<string, string>;
	placePairs: Map<number, number>;
}

export function fold(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[’']/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

/** Distance in km when the two places match under the rule, else null. */
export function placeDistance(d: ScorePlace, g: ScorePlace): number | null {
	if (g.country === null || d.country === null) {
		const names = [g.name, ...(g.written ?? [])].map(fold);
		return names.includes(fold(d.name)) || [d.name, ...(d.written ?? [])].some((n) => names.includes(fold(n))) ? 0 : null;
	}
	if (d.unlocated) {
		if (g.isCountry || d.country !== g.country) return null;
		// Ranked after every located match (a located draft of the same place is the better pair).
		return [g.name, ...(g.written ?? [])].map(fold).includes(fold(d.name)) ? PLACE_MATCH_KM : null;
	}
	if (g.cityState && d.isCountry && d.country === g.country) return 0;
	if (d.isCountry || g.isCountry) return d.isCountry && g.isCountry && d.country === g.country ? 0 : null;
	const km = haversineKm(d.lat, d.lon, g.lat, g.lon);
	return km <= PLACE_MATCH_KM ? km : null;
}

const DAY = 86400000;
function dayNum(s: string): number {
	return Math.round(Date.parse(`${s}T00:00:00Z`) / DAY);
}
function spanOf(e: { date?: string | null; start?: string; end?: string }): [number, number] | null {
	if (e.date) return [dayNum(e.date), dayNum(e.date)];
	if (e.start && e.end) return [dayNum(e.start), dayNum(e.end)];
	return null;
}

/** Date test: the drafted day or whole span inside the gold span ±1 day; gold undated passes anything. */
function dateFits(d: ScoreEvent, g: ScoreEvent, slack: number): number | null {
	const gs = spanOf(g);
	if (!gs) return 0;
	const ds = spanOf(d);
	if (!ds) return null;
	if (ds[0] < gs[0] - slack || ds[1] > gs[1] + slack) return null;
	return Math.max(0, gs[0] - ds[0], ds[1] - gs[1]);
}

/** Names (folded) of each gold actor key. */
function actorNames(actors: ScoreActor[]): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	for (const a of actors) out.set(a.key, new Set([a.name, ...(a.variants ?? [])].map(fold)));
	return out;
}

/** A person's surname key: "Volodymyr Zelenskyy" ~ "Zelensky" ~ "Zelenskiy" (the tool's own resolver). */
export function surnameOf(name: string): string {
	const last = fold(name).split(' ').pop() ?? '';
	return last.replace(/yy$/, 'y').replace(/iy$/, 'y').replace(/ii$/, 'y');
}

function partiesInCommon(d: ScoreEvent, g: ScoreEvent, names: Map<string, Set<string>>): number {
	let n = 0;
	for (const key of g.parties) {
		const forms = names.get(key);
		if (!forms) continue;
		const surnames = new Set([...forms].filter((f) => f.includes(' ')).map(surnameOf));
		if (d.parties.some((p) => forms.has(fold(p)) || (fold(p).includes(' ') && surnames.has(surnameOf(p))))) n++;
	}
	return n;
}

interface Pair {
	d: number;
	g: number;
	required: boolean;
	km: number;
	parties: number;
	days: number;
}

/** Greedy one-to-one assignment, best pairs first (required gold, nearer place, more parties, nearer date). */
function assign(pairs: Pair[]): Pair[] {
	pairs.sort((a, b) => Number(b.required) - Number(a.required) || a.km - b.km || b.parties - a.parties || a.days - b.days || a.g - b.g || a.d - b.d);
	const dTaken = new Set<number>();
	const gTaken = new Set<number>();
	const out: Pair[] = [];
	for (const p of pairs) {
		if (dTaken.has(p.d) || gTaken.has(p.g)) continue;
		dTaken.add(p.d);
		gTaken.add(p.g);
		out.push(p);
	}
	return out;
}

function counts(accepted: Pair[], requiredTotal: number, drafted: number, dateRight?: (p: Pair) => boolean): Counts {
	const tp = accepted.filter((p) => p.required).length;
	return {
		required: requiredTotal,
		found: tp,
		drafted,
		tp,
		optional: accepted.length - tp,
		datesRight: dateRight ? accepted.filter((p) => p.required && dateRight(p)).length : 0
	};
}

export function scoreDraft(input: ScoreInput): ScoreResult {
	const { goldPlaces, goldEvents, places, events } = input;
	// Places.
	const placePairs: Pair[] = [];
	places.forEach((d, di) =>
		goldPlaces.forEach((g, gi) => {
			const km = placeDistance(d, g);
			if (km !== null) placePairs.push({ d: di, g: gi, required: !!g.required, km, parties: 0, days: 0 });
		})
	);
	const placeAccepted = assign(placePairs);
	const placeCounts = counts(placeAccepted, goldPlaces.filter((g) => g.required).length, places.length);

	// Events.
	const names = actorNames(input.goldActors);
	const strict: Pair[] = [];
	const lenient: Pair[] = [];
	events.forEach((d, di) =>
		goldEvents.forEach((g, gi) => {
			if (!input.sameKind(d.kind, g.kind)) return;
			let km = Infinity;
			for (const dp of d.places) for (const gp of g.places) {
				const x = placeDistance(dp, gp);
				if (x !== null && x < km) km = x;
			}
			if (km === Infinity) return;
			const days = dateFits(d, g, 1);
			if (days === null) return;
			const parties = partiesInCommon(d, g, names);
			const p = { d: di, g: gi, required: !!g.required, km, parties, days };
			lenient.push(p);
			if (parties > 0) strict.push({ ...p });
		})
	);
	const required = goldEvents.filter((g) => g.required).length;
	const right = (p: Pair) => dateFits(events[p.d]!, goldEvents[p.g]!, 0) !== null;
	const sAcc = assign(strict);
	const lAcc = assign(lenient);
	const toMap = (acc: Pair[]) => new Map(acc.map((p) => [goldEvents[p.g]!.id, events[p.d]!.id]));
	return {
		places: placeCounts,
		strict: counts(sAcc, required, events.length, right),
		lenient: counts(lAcc, required, events.length, right),
		strictPairs: toMap(sAcc),
		lenientPairs: toMap(lAcc),
		placePairs: new Map(placeAccepted.map((p) => [p.g, p.d]))
	};
}

export function addCounts(a: Counts, b: Counts): Counts {
	return {
		required: a.required + b.required,
		found: a.found + b.found,
		drafted: a.drafted + b.drafted,
		tp: a.tp + b.tp,
		optional: a.optional + b.optional,
		datesRight: a.datesRight + b.datesRight
	};
}

export const ZERO: Counts = { required: 0, found: 0, drafted: 0, tp: 0, optional: 0, datesRight: 0 };

export function precision(c: Counts): number {
	const denom = c.drafted - c.optional;
	return denom > 0 ? c.tp / denom : 0;
}

export function recall(c: Counts): number {
	return c.required ? c.found / c.required : 0;
}
