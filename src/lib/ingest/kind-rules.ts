/**
 * The contract between the drafting code and the event kinds. Everything a kind needs to be
 * drafted — its cue words (English and French), how to read its place, parties and figures from
 * a clause, and how to fill the kind's own fields — lives in one file per kind,
 * `src/lib/kinds/<kind>.ingest.ts`, listed in `src/lib/kinds/ingest-rules.ts`. The ingest code
 * loops over that list and never names a kind, so a new kind is one new file.
 */
import type { Gazetteer } from './gazetteer';
import type { Toponym } from './geoparse';
import type { DateInfo, ExtractedEvent, FigureInfo, Person, Sentence } from './events';
import { INGEST_RULES } from '../kinds/ingest-rules';

export type Lang = 'en' | 'fr';
export type PersonAt = Person & { at: number };

/** What a kind's reader sees of one sentence, with the clause its cue stands in. */
export interface ClauseContext {
	/** The whole report. */
	text: string;
	language: Lang;
	reportDate: string;
	sentence: Sentence;
	/** The clause holding the cue (offsets into `text`). */
	clause: Sentence;
	/** The cue match: absolute offset and words. */
	cue: { at: number; text: string };
	/** Toponyms in the sentence, in order (demonyms included). */
	places: Toponym[];
	/** Named places (not demonyms) with a country. */
	namedHere: Toponym[];
	/** Named places after a locative word ("in Riyadh", "to Poland"), not venues of a dateline or a title. */
	locHere: Toponym[];
	/** People named in the sentence, in order (a pronoun stands for the last person named before). */
	persons: PersonAt[];
	/** A pronoun ("he", "she", "il", "elle") in the sentence. */
	pronoun: boolean;
	lastPerson?: PersonAt;
	/** Fields that, set in two drafts and different, keep them apart (two attackers: two strikes). */
	distinctBy?: string[];
	/** Merge drafts only at the same place, not a country with a town in it (one strike per place struck). */
	exactPlace?: boolean;
	/** A flow whose direction does not matter when merging duplicates (a call). */
	undirected?: boolean;
	/** An international organisation's seat addressed in the sentence ("told the UN Security Council"). */
	seat?: Toponym;
	/** Where the paragraph is: its last located place, else the dateline. */
	context?: Toponym;
	/** Countries (ISO2) named or implied by a demonym in the sentence, in order. */
	countries: string[];
	gaz?: Gazetteer;
	/** Every named toponym of the report. */
	named: Toponym[];
	/** A country's capital (from the text when named there, else the gazetteer; start −1). */
	capital(cc: string): Toponym | undefined;
	/** "from X": the toponym is an origin. */
	isFrom(t: Toponym): boolean;
	/** First place after `from` (or the most specific one). */
	pick(from: number, list: Toponym[], mostSpecific: boolean): Toponym | undefined;
	/** Who states a figure in this sentence. */
	attribution(): FigureInfo['according'];
	/** Date of a piece of text, resolved against the report date in the clause's direction. */
	dateOf(s: string): DateInfo;
	/** A person by surname, as known across the reports. */
	person(surname: string): Person | undefined;
}

/** What a kind's reader returns: the event minus what the extractor fills in (status, sentence…). */
export type Reading = Omit<ExtractedEvent, 'kind' | 'status' | 'sentence' | 'places' | 'countries' | 'confidence'> & Partial<Pick<ExtractedEvent, 'status'>>;

/** Figures and ids a kind's builder may use. */
export interface BuildContext {
	/** Place id for a toponym (added to the story's places). */
	place(t: Toponym): string;
	/** Actor id of a person or of a state (ISO2). */
	personActor(p: Person): string;
	stateActor(cc: string): string | null;
	/** People of the event (ids), states of the sentence (ids), organisations and groups (ids), and all of them. */
	people: string[];
	states: string[];
	orgs: string[];
	actorIds: string[];
	/** A stated number as the schema's figure. */
	figure(f: FigureInfo): Record<string, unknown>;
}

export interface KindRules {
	/** The kind's name in the story and the registry. */
	kind: string;
	/** Kinds with the same group count as one when matching and merging (a visit and a travel). */
	group?: string;
	/** Cue words in English and French; the first match in the sentence is where the event is told. */
	cue: RegExp;
	/** Words that turn a cue into something else ("strike a deal", "exchanged views"). */
	notCue?: RegExp;
	/** Fields that, set in two drafts and different, keep them apart (two attackers: two strikes). */
	distinctBy?: string[];
	/** Merge drafts only at the same place, not a country with a town in it (one strike per place struck). */
	exactPlace?: boolean;
	/** A flow whose direction does not matter when merging duplicates (a call). */
	undirected?: boolean;
	/** An international organisation's seat addressed in a sentence is an event of this kind ("told the UN Security Council"). */
	atSeat?: boolean;
	/** Kinds whose cue in the same sentence wins over this one ("forces targeted" is a strike, not a deployment). */
	yieldsTo?: string[];
	/** Read the event(s) from the clause; [] when the clause does not give enough. */
	read(ctx: ClauseContext): Reading[];
	/**
	 * Events told without a cue word, tried when no cue of this kind's group fired
	 * ("Zelensky said in Ankara" → a visit).
	 */
	implied?(ctx: Omit<ClauseContext, 'cue' | 'clause'>): Reading[];
	/** The kind's own fields (kind, places, roles, figures) and the actors; null when incomplete. */
	build(ev: ExtractedEvent, b: BuildContext): { fields: Record<string, unknown>; actors: string[]; idPart: string } | null;
	/** Merge a duplicate's kind-specific fields into the kept event. */
	merge?(kept: Record<string, unknown>, dup: Record<string, unknown>): void;
}

export function rulesFor(kind: string): KindRules | undefined {
	return INGEST_RULES.find((r) => r.kind === kind);
}

export function groupOf(kind: string): string {
	return rulesFor(kind)?.group ?? kind;
}

/** Visit and travel count as one (their rules share a group); other kinds only as themselves. */
export function sameKindForMatching(a: string, b: string): boolean {
	return a === b || groupOf(a) === groupOf(b);
}
