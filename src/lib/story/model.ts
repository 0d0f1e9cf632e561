/**
 * Read-only questions about a validated story: which places an event touches, when it
 * happened, what falls inside a time window. Pure functions; the map, the panel, the
 * GeoJSON download and the place pages all ask them the same way.
 */
import type { Actor, EventInput, EventKind, Figure, Place, Source, Status, Story, StoryEvent } from './schema';
import { KIND_GROUPS as GROUPS, KINDS, kindOf } from '../kinds';
import { formatDay as formatDayIn, formatDayRange, formatList, formatMonth as formatMonthIn } from '../i18n/format';
import { kindGroupLabel, kindLabel, labelTable } from '../i18n/labels';
import { pageLocale } from '../i18n/page';
import { date_undated } from '../paraglide/messages.js';

export interface DayWindow {
	start: string;
	end: string;
}

/** The place ids an event touches, origin first: of a validated event, or of one as written (drafts). */
export function eventPlaces(e: EventInput | StoryEvent): string[] {
	return kindOf(e).places(e);
}

/** Whether the event is drawn as a line between two places rather than at one place. */
export function isFlow(e: StoryEvent): boolean {
	return eventPlaces(e).length === 2;
}

/** The event's days as a window, or null for undated background facts. */
export function eventWindow(e: Pick<StoryEvent, 'date' | 'start' | 'end'>): DayWindow | null {
	if (e.date !== undefined) return { start: e.date, end: e.date };
	if (e.start !== undefined && e.end !== undefined) return { start: e.start, end: e.end };
	return null;
}

/**
 * Whether an event is news of the chosen window. Undated background facts are not: with a
 * window chosen they are drawn as background (muted, and marked so in the panel), never as
 * if they happened on the chosen days. With no window (the whole story) everything is in.
 */
export function inWindow(e: Pick<StoryEvent, 'date' | 'start' | 'end'>, w: DayWindow | null): boolean {
	if (!w) return true;
	const ew = eventWindow(e);
	if (!ew) return false;
	return overlaps(ew, w);
}

function overlaps(a: DayWindow, b: DayWindow): boolean {
	return a.start <= b.end && a.end >= b.start;
}

/** How an event stands in a window: news of it, outside it, or undated background. */
export type TimeStanding = 'in' | 'out' | 'background';

export function timeStanding(e: Pick<StoryEvent, 'date' | 'start' | 'end'>, w: DayWindow | null): TimeStanding {
	if (!eventWindow(e)) return 'background';
	return inWindow(e, w) ? 'in' : 'out';
}

/**
 * When a figure holds. `asOf` is a day, or the last day of the month (or year) the reports
 * give it by: a month's last day stands for that whole month, since "as of January 2025"
 * holds through January. A figure without `asOf` holds when its event does.
 */
export function figureWindow(f: Pick<Figure, 'asOf'>, e: Pick<StoryEvent, 'date' | 'start' | 'end'>): DayWindow | null {
	if (!f.asOf) return eventWindow(e);
	if (f.asOf.endsWith('-12-31')) return { start: `${f.asOf.slice(0, 4)}-01-01`, end: f.asOf };
	if (isMonthEnd(f.asOf)) return { start: `${f.asOf.slice(0, 7)}-01`, end: f.asOf };
	return { start: f.asOf, end: f.asOf };
}

/**
 * Whether a figure is shown for the chosen window: only a window containing when it holds
 * shows it, so October 2024 does not show a count stated for January 2025. An undated
 * figure of an undated fact is background, shown only with no window chosen.
 */
export function figureInWindow(f: Pick<Figure, 'asOf'>, e: Pick<StoryEvent, 'date' | 'start' | 'end'>, w: DayWindow | null): boolean {
	if (!w) return true;
	const fw = figureWindow(f, e);
	return !!fw && overlaps(fw, w);
}

/** Every distinct day an event starts on, sorted: the stops of the timeline. */
export function timelineDays(events: readonly StoryEvent[]): string[] {
	const days = new Set<string>();
	for (const e of events) {
		const w = eventWindow(e);
		if (w) days.add(w.start);
	}
	return [...days].sort();
}

/**
 * How the timeline names one of its stops: "18 Feb 2025" for a day; "Jun 2024" or "2008"
 * when the only events starting then are known to the month or the year.
 */
export function stopLabel(day: string, events: readonly StoryEvent[]): string {
	const starting = events.filter((e) => eventWindow(e)?.start === day);
	if (starting.length === 0 || starting.some((e) => e.date === day)) return formatDay(day);
	const spans = new Set(starting.map((e) => formatWhen(e)));
	const only = spans.size === 1 ? [...spans][0]! : '';
	return only && !only.includes('–') ? only : formatDay(day);
}

/** Every source of an event, its figures' included, without repeats. */
export function eventSources(e: StoryEvent): Source[] {
	const all = [...e.sources];
	for (const f of kindOf(e).figures(e)) all.push(...f.sources);
	const seen = new Set<string>();
	return all.filter((s) => {
		const key = `${s.report}\u0000${s.quote}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** The kinds a reader filters by: visits and travel are one group, as on the key. */
export const KIND_GROUPS: readonly string[] = GROUPS.map((g) => g.id);
export type KindGroup = string;
export const KIND_GROUP_OF = Object.fromEntries(KINDS.map((k) => [k.kind, k.group.id])) as Readonly<Record<EventKind, KindGroup>>;
/** In the page's language (read when rendered: see labelTable). */
export const KIND_GROUP_LABEL: Readonly<Record<KindGroup, string>> = labelTable(GROUPS.map((g) => g.id), kindGroupLabel);

/** Empty lists mean "no filter": everything shows. */
export interface Filters {
	kinds: KindGroup[];
	actors: string[];
	statuses: Status[];
}

export const NO_FILTERS: Filters = { kinds: [], actors: [], statuses: [] };

export function hasFilters(f: Filters | null | undefined): boolean {
	return !!f && (f.kinds.length > 0 || f.actors.length > 0 || f.statuses.length > 0);
}

/**
 * Everyone an event involves, with the states and organisations they belong to: "only
 * Russia" keeps a meeting where Lavrov took part even if the event lists him alone.
 * Parties only: `commentators` (who comment on, assess or report the event) are left out, so
 * a German chancellor quoted on the Riyadh talks does not put them under "Germany".
 */
export function involvedActors(e: StoryEvent, index: Pick<StoryIndex, 'actors'>): Set<string> {
	const direct = new Set<string>([...e.actors, ...kindOf(e).involved(e)]);
	const out = new Set(direct);
	for (const id of direct) for (const m of index.actors.get(id)?.memberOf ?? []) out.add(m);
	return out;
}

export function passesFilters(e: StoryEvent, f: Filters | null | undefined, index: Pick<StoryIndex, 'actors'>): boolean {
	if (!f) return true;
	if (f.kinds.length && !f.kinds.includes(KIND_GROUP_OF[e.kind])) return false;
	if (f.statuses.length && !f.statuses.includes(e.status)) return false;
	if (f.actors.length) {
		const who = involvedActors(e, index);
		if (!f.actors.some((a) => who.has(a))) return false;
	}
	return true;
}

/** Lookup tables built once per story. */
export interface StoryIndex {
	story: Story;
	places: Map<string, Place>;
	actors: Map<string, Actor>;
	events: Map<string, StoryEvent>;
	/** Events at or involving each place id (a building's events count for its city too). */
	eventsByPlace: Map<string, StoryEvent[]>;
	days: string[];
}

export function indexStory(story: Story): StoryIndex {
	const places = new Map(story.places.map((p) => [p.id, p]));
	const eventsByPlace = new Map<string, StoryEvent[]>();
	for (const e of story.events) {
		const ids = new Set<string>();
		for (const id of eventPlaces(e)) {
			ids.add(id);
			const within = places.get(id)?.within;
			if (within) ids.add(within);
		}
		for (const id of ids) {
			const list = eventsByPlace.get(id) ?? [];
			list.push(e);
			eventsByPlace.set(id, list);
		}
	}
	for (const list of eventsByPlace.values()) list.sort(compareEvents);
	return {
		story,
		places,
		actors: new Map(story.actors.map((a) => [a.id, a])),
		events: new Map(story.events.map((e) => [e.id, e])),
		eventsByPlace,
		days: timelineDays(story.events)
	};
}

/** Date order; undated background facts first, then by id for a stable order. */
export function compareEvents(a: StoryEvent, b: StoryEvent): number {
	const wa = eventWindow(a)?.start ?? '';
	const wb = eventWindow(b)?.start ?? '';
	return wa < wb ? -1 : wa > wb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** "Meeting", "Trade and sanctions": what the panel, the list and search call a kind. */
export const KIND_LABEL = labelTable(KINDS.map((k) => k.kind as EventKind), kindLabel);

/** The colour of a kind's marks, for swatches beside its name. */
export const KIND_COLOUR = Object.fromEntries(KINDS.map((k) => [k.kind, k.colour])) as Readonly<Record<EventKind, string>>;

/** Who an event involves by name, as the panel lists them under "Who". */
export function eventPeople(e: StoryEvent): string[] {
	return kindOf(e).people(e);
}

/** Its stated figures, in the order the panel lists them. */
export function eventFigures(e: StoryEvent) {
	return kindOf(e).figures(e);
}

/** The kind's own lines about an event, actors named: "Forces: North Korean troops". */
export function eventDetails(e: StoryEvent, index: Pick<StoryIndex, 'actors'>): { term: string; text: string }[] {
	return kindOf(e)
		.details(e)
		.map((d) => {
			const names = formatList((d.actors ?? []).map((id) => index.actors.get(id)?.name ?? id), pageLocale());
			return { term: d.term, text: [names, d.text].filter(Boolean).join(': ') };
		});
}

/** "18 Feb 2025" in English, "18 févr. 2025" in French: the page's language (src/lib/i18n/format). */
export function formatDay(day: string): string {
	return formatDayIn(day, pageLocale());
}

function formatMonth(day: string): string {
	return formatMonthIn(day, pageLocale());
}

export function formatWhen(e: Pick<StoryEvent, 'date' | 'start' | 'end'>): string {
	const w = eventWindow(e);
	if (!w) return date_undated();
	if (w.start === w.end) return formatDay(w.start);
	const [ys, ms, ds] = w.start.split('-');
	const [ye, me] = w.end.split('-');
	if (ds === '01' && ys === ye && ms === '01' && w.end.endsWith('-12-31')) return ys ?? '';
	if (ds === '01' && ys === ye && ms === me && isMonthEnd(w.end)) return formatMonth(w.start);
	return formatDayRange(w.start, w.end, pageLocale());
}

function isMonthEnd(day: string): boolean {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.getUTCDate() === 1;
}

export function actorNames(index: StoryIndex, ids: readonly string[]): string[] {
	return ids.map((id) => index.actors.get(id)?.name ?? id);
}
