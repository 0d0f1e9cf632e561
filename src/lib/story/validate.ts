/**
 * Validation of a story file: its shape (the zod schema), then the rules that need the whole
 * story and the report texts. Every fault names the file and the JSON path of the value at
 * fault, so an editor can go straight to it. Validation never throws on bad input: whatever
 * the file holds, the result is a list of faults or a story.
 */
import type { z } from 'zod';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { story as storySchema, type Figure, type Source, type Story, type StoryEvent } from './schema';
import { eventPlaces, eventWindow } from './model';
import { formatOf } from '../kinds/formats';

export interface Fault {
	file: string;
	/** A JSONPath such as `$.events[3].sources[0].quote`. */
	path: string;
	message: string;
}

export type Validation = { ok: true; story: Story; faults: [] } | { ok: false; faults: Fault[] };

/** The texts of the reports a story may cite, by file name. */
export type ReportTexts = ReadonlyMap<string, string>;

export function jsonPath(path: readonly PropertyKey[]): string {
	let out = '$';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
		else out += `[${JSON.stringify(String(key))}]`;
	}
	return out;
}

export function formatFault(f: Fault): string {
	return `${f.file}: ${f.path}: ${f.message}`;
}

/**
 * Parses JSON text, reporting a syntax error with its line and column instead of throwing.
 * (Node's own messages give no position on Node 20, so jsonc-parser finds it.)
 */
export function parseJson(file: string, text: string): { ok: true; value: unknown } | { ok: false; faults: Fault[] } {
	const errors: ParseError[] = [];
	const value: unknown = parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
	const first = errors[0];
	if (!first) return { ok: true, value };
	const before = text.slice(0, first.offset);
	const line = before.split('\n').length;
	const col = before.length - before.lastIndexOf('\n');
	const what = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
	return { ok: false, faults: [{ file, path: '$', message: `not valid JSON (line ${line}, column ${col}): ${what}` }] };
}

function zodFaults(file: string, error: z.ZodError): Fault[] {
	return error.issues.map((issue) => ({ file, path: jsonPath(issue.path), message: issue.message }));
}

/**
 * Validates an already-parsed value as a story.
 * @param reports the texts of the reports, so quotes can be checked verbatim
 */
export function validateStory(file: string, value: unknown, reports: ReportTexts): Validation {
	const parsed = storySchema.safeParse(value);
	if (!parsed.success) return { ok: false, faults: zodFaults(file, parsed.error) };
	const s = parsed.data;
	const faults: Fault[] = [];
	const fault = (path: readonly PropertyKey[], message: string) => faults.push({ file, path: jsonPath(path), message });

	const placeIds = uniqueIds(s.places, ['places'], fault);
	const actorIds = uniqueIds(s.actors, ['actors'], fault);
	const eventIds = uniqueIds(s.events, ['events'], fault);
	const sceneIds = uniqueIds(s.scenes, ['scenes'], fault);
	void sceneIds;
	for (const [i, id] of s.places.map((p) => p.id).entries()) {
		if (actorIds.has(id) || eventIds.has(id)) fault(['places', i, 'id'], `id "${id}" is also used by an actor or event`);
	}

	const cited = new Set(s.reports);
	for (const [i, r] of s.reports.entries()) {
		if (!reports.has(r)) fault(['reports', i], `report "${r}" not found in geo/reports`);
	}
	const checkSources = (sources: readonly Source[], at: readonly PropertyKey[]) => {
		for (const [j, src] of sources.entries()) {
			const body = reports.get(src.report);
			if (!cited.has(src.report)) fault([...at, j, 'report'], `report "${src.report}" is not listed in $.reports`);
			if (body === undefined) fault([...at, j, 'report'], `report "${src.report}" not found`);
			else if (!body.includes(src.quote)) fault([...at, j, 'quote'], `quote not found verbatim in ${src.report}: "${clip(src.quote)}"`);
		}
	};
	const refPlace = (id: string | undefined, at: readonly PropertyKey[]) => {
		if (id !== undefined && !placeIds.has(id)) fault(at, `unknown place "${id}"`);
	};
	const refActors = (ids: readonly string[], at: readonly PropertyKey[]) => {
		for (const [j, id] of ids.entries()) if (!actorIds.has(id)) fault([...at, j], `unknown actor "${id}"`);
	};

	// Readers see summaries, date wordings, place notes and scene narratives as written: an
	// editor's shorthand for a report ("(report 000)", "(001, 004)") means nothing to them.
	// The citations under each text name the outlet, its date and a link (issue #16.8).
	const readerText = (value: string | undefined, at: readonly PropertyKey[]) => {
		const m = value === undefined ? null : INTERNAL_NOTE.exec(value);
		if (m) fault(at, `cites a report by its internal number ("${m[0].trim()}"): readers see this text; the sources list cites the outlet, date and link`);
	};
	for (const [j, id] of (s.camera.fit ?? []).entries()) if (!placeIds.has(id)) fault(['camera', 'fit', j], `unknown place "${id}"`);

	for (const [i, p] of s.places.entries()) {
		readerText(p.note, ['places', i, 'note']);
		checkSources(p.sources, ['places', i, 'sources']);
		refPlace(p.within, ['places', i, 'within']);
		if (p.within === p.id) fault(['places', i, 'within'], 'a place cannot sit inside itself');
	}
	for (const [i, a] of s.actors.entries()) refActors(a.memberOf, ['actors', i, 'memberOf']);

	for (const [i, e] of s.events.entries()) {
		const at = ['events', i] as const;
		readerText(e.summary, [...at, 'summary']);
		readerText(e.dateText, [...at, 'dateText']);
		checkSources(e.sources, [...at, 'sources']);
		refActors(e.actors, [...at, 'actors']);
		refActors(e.commentators, [...at, 'commentators']);
		// A commentator reports or assesses the event; a party takes part. One actor cannot be both,
		// or the filters (which count parties) and the panel (which lists commentators apart) disagree.
		const parties = new Set(e.actors);
		for (const [j, c] of e.commentators.entries()) {
			if (parties.has(c)) fault([...at, 'commentators', j], `"${c}" is listed both as a party (actors) and as a commentator`);
		}
		checkDates(e, (k, m) => fault([...at, k], m));
		const format = formatOf(e);
		const refs = format.refs(e);
		for (const r of refs.places) refPlace(r.id, [...at, ...r.path]);
		for (const r of refs.actors)
			for (const [j, id] of r.ids.entries()) {
				// A list's entries get their index in the path; a single id is the field itself.
				const path = r.ids.length === 1 && !Array.isArray(pathValue(e, r.path)) ? [...at, ...r.path] : [...at, ...r.path, j];
				if (id !== undefined && !actorIds.has(id)) fault(path, `unknown actor "${id}"`);
			}
		for (const f of refs.figures) {
			refActors(f.figure.according, [...at, ...f.path, 'according']);
			checkSources(f.figure.sources, [...at, ...f.path, 'sources']);
			checkAsOf(e, f.figure, (m) => fault([...at, ...f.path, 'asOf'], m));
		}
		for (const c of format.check?.(e) ?? []) fault([...at, ...c.path], c.message);
		if (eventPlaces(e).length === 0) fault(at, 'event has no place');
	}

	for (const [i, sc] of s.scenes.entries()) {
		readerText(sc.narrative, ['scenes', i, 'narrative']);
		for (const [j, id] of sc.highlight.entries()) if (!eventIds.has(id)) fault(['scenes', i, 'highlight', j], `unknown event "${id}"`);
		for (const [j, id] of (sc.camera.fit ?? []).entries()) if (!placeIds.has(id)) fault(['scenes', i, 'camera', 'fit', j], `unknown place "${id}"`);
		if (!sc.camera.fit && !sc.camera.center) fault(['scenes', i, 'camera'], 'a scene camera needs a centre or places to fit');
		if (sc.window && sc.window.start > sc.window.end) fault(['scenes', i, 'window'], 'window starts after it ends');
	}

	return faults.length ? { ok: false, faults } : { ok: true, story: s, faults: [] };
}

/**
 * A report cited by its file's number: "report 000", "reports 002 and 004", or a bare
 * "(000)" / "(000, 004)" in a parenthesis. Years are four digits, so "(2008)" is not one.
 */
const INTERNAL_NOTE = /\breports? \d{3}\b|\(\s*\d{3}(?:\s*(?:,|and|\/)\s*\d{3})*\s*[),]/i;

function checkDates(e: StoryEvent, fault: (key: string, message: string) => void) {
	if (e.date !== undefined && (e.start !== undefined || e.end !== undefined)) {
		fault('date', 'give either a date or a start/end span, not both');
	}
	if ((e.start === undefined) !== (e.end === undefined)) fault(e.start === undefined ? 'start' : 'end', 'a span needs both start and end');
	if (e.start !== undefined && e.end !== undefined && e.start > e.end) fault('end', `end ${e.end} is before start ${e.start}`);
	if (e.rescheduledTo !== undefined && e.status !== 'postponed') fault('rescheduledTo', 'only a postponed event has a new date');
	const w = eventWindow(e);
	if (w && e.rescheduledTo !== undefined && e.rescheduledTo < w.start) fault('rescheduledTo', 'postponed to a day before the original date');
}

/** The value at a path below an object (to tell a list of ids from a single one). */
function pathValue(o: unknown, path: readonly PropertyKey[]): unknown {
	let v: unknown = o;
	for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
	return v;
}

/**
 * A dated figure belongs to an event of its time: a January 2025 troop count carried by an
 * October 2024 deployment would show in October. (The schema already checks the day is real.)
 */
function checkAsOf(e: StoryEvent, f: Figure, fault: (message: string) => void) {
	if (f.asOf === undefined) return;
	const w = eventWindow(e);
	if (!w) fault(`figure dated ${f.asOf} on an undated event: date the event, or move the figure to an event of its time`);
	else if (f.asOf < w.start || f.asOf > w.end) {
		fault(`figure dated ${f.asOf} lies outside its event (${w.start === w.end ? w.start : `${w.start} to ${w.end}`}): it belongs to another event`);
	}
}

function uniqueIds(items: readonly { id: string }[], at: readonly PropertyKey[], fault: (p: readonly PropertyKey[], m: string) => void) {
	const seen = new Set<string>();
	for (const [i, item] of items.entries()) {
		if (seen.has(item.id)) fault([...at, i, 'id'], `duplicate id "${item.id}"`);
		seen.add(item.id);
	}
	return seen;
}

function clip(s: string, n = 80) {
	return s.length > n ? `${s.slice(0, n)}…` : s;
}
