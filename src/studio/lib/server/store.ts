/**
 * The studio's files: stories in geo/stories, reports and their index in geo/reports, and the
 * work in progress in tmp/studio. Every write is whole-file and atomic (a temporary file
 * renamed over the old one), goes through one queue per process, and is checked against the
 * revision the writer started from: two tabs, or two people, get a conflict, never a silent
 * overwrite. A story is written only when it validates with the build's own validation.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { error } from '@sveltejs/kit';
import { reportIndex, reportMeta, story as storySchema, type ReportIndex, type ReportMeta, type StoryInput } from '$lib/story/schema';
import { formatFault, parseJson, validateStory, type Fault } from '$lib/story/validate';
import { formatJson } from '../format';
import { composeStory, emptyStory, workFromStory, type Work } from '../work';
import { INDEX, REPORTS, STORIES, WORK, inside, isReportFile, isSlug, reportPath, storyPath, storySlug, workPath } from './paths';
import { parseSourceLine } from './extract';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const today = () => new Date().toISOString().slice(0, 10);

function writeAtomic(path: string, text: string) {
	mkdirSync(dirname(path), { recursive: true });
	const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
	writeFileSync(tmp, text);
	renameSync(tmp, path);
}

const readOr = (path: string): string | null => (existsSync(path) ? readFileSync(path, 'utf8') : null);

/** One write at a time in this process: read-check-write sequences never interleave. */
let queue: Promise<unknown> = Promise.resolve();
export function serial<T>(fn: () => T | Promise<T>): Promise<T> {
	const run = queue.then(fn, fn);
	queue = run.catch(() => {});
	return run;
}

export class Conflict extends Error {}

export function reportTexts(): Map<string, string> {
	const out = new Map<string, string>();
	for (const f of readdirSync(REPORTS)) if (isReportFile(f)) out.set(f, readFileSync(inside(REPORTS, f), 'utf8'));
	return out;
}

export function readIndex(): ReportIndex {
	const parsed = reportIndex.safeParse(JSON.parse(readFileSync(INDEX, 'utf8')));
	if (!parsed.success) error(500, `geo/reports/index.json is not a valid report index: ${parsed.error.issues[0]?.message}`);
	return parsed.data;
}

export interface StoryListing {
	slug: string;
	title: string;
	saved: boolean;
	/** The work in progress differs from the saved file (or the story was never saved). */
	unsaved: boolean;
	places: number;
	events: number;
	scenes: number;
	proposed: number;
	updated: string | null;
	faults: number;
}

export function listStories(): StoryListing[] {
	const slugs = new Set<string>();
	for (const f of readdirSync(STORIES)) if (f.endsWith('.json') && isSlug(f.slice(0, -5))) slugs.add(f.slice(0, -5));
	if (existsSync(WORK)) for (const f of readdirSync(WORK)) if (f.endsWith('.work.json') && isSlug(f.slice(0, -10))) slugs.add(f.slice(0, -10));
	const texts = reportTexts();
	return [...slugs].sort().map((slug) => {
		const file = readOr(storyPath(slug));
		const work = readWork(slug);
		const story = (work?.story ?? (file ? (JSON.parse(file) as StoryInput) : null))!;
		const composed = work ? composeStory(work) : story;
		const v = validateStory(`${slug}.json`, composed, texts);
		return {
			slug,
			title: story.title ?? slug,
			saved: file !== null,
			unsaved: work ? file === null || formatJson(composeStory(work)) !== file : false,
			places: composed.places.length,
			events: composed.events.length,
			scenes: composed.scenes?.length ?? 0,
			proposed: work ? Object.values(work.items).filter((i) => i.status === 'proposed').length : 0,
			updated: story.updated ?? null,
			faults: v.ok ? 0 : v.faults.length
		};
	});
}

export function readWork(slug: string): Work | null {
	const text = readOr(workPath(slug));
	return text ? (JSON.parse(text) as Work) : null;
}

/** The work for a story: the saved work in progress, or a fresh one from the story file. */
export function loadWork(slug: string): { work: Work; stale: boolean } {
	storySlug(slug);
	const file = readOr(storyPath(slug));
	const saved = readWork(slug);
	if (saved) return { work: saved, stale: file !== null && saved.fileHash !== null && sha256(file) !== saved.fileHash };
	if (file === null) error(404, `There is no story called "${slug}".`);
	const json = parseJson(`${slug}.json`, file);
	if (!json.ok) error(422, json.faults.map(formatFault).join('\n'));
	return { work: workFromStory(json.value as StoryInput, sha256(file)), stale: false };
}

function writeWork(work: Work): Work {
	const next = { ...work, rev: work.rev + 1, savedAt: new Date().toISOString() };
	writeAtomic(workPath(work.slug), formatJson(next));
	return next;
}

/** Applies `change` to the work at `baseRev`; a conflict when the work has moved on since. */
export function updateWork(slug: string, baseRev: number, change: (w: Work) => Work): Promise<Work> {
	return serial(() => {
		const { work } = loadWork(slug);
		if (work.rev !== baseRev) {
			throw new Conflict(
				`This story was changed elsewhere (another tab or person) at ${work.savedAt.slice(11, 19)} UTC: you have revision ${baseRev}, the studio has ${work.rev}. Nothing was overwritten.`
			);
		}
		return writeWork(change(work));
	});
}

export function createStory(slug: string, title: string, from?: string): Promise<Work> {
	return serial(() => {
		storySlug(slug);
		if (existsSync(storyPath(slug)) || existsSync(workPath(slug))) throw new Conflict(`A story called "${slug}" already exists.`);
		let story: StoryInput;
		if (from) {
			const src = loadWork(storySlug(from)).work.story;
			story = { ...structuredClone(src), slug, title, updated: today() };
		} else story = emptyStory(slug, title, today());
		return writeWork({ ...workFromStory(story, null), rev: 0 });
	});
}

export interface ReportIn {
	name: string;
	text: string;
	title: string;
	outlet: string;
	date: string;
	dateInferred: boolean;
	dateBasis: string;
	url?: string;
}

export type AddReportResult = { work: Work; file: string; meta: ReportMeta };

/**
 * Adds a report to geo/reports (its text whole, with a `Source:` line naming outlet, date and
 * address when the text has none) and to the index, and cites it in the story. The same text
 * under the same name is taken as it is; a different text under a taken name is refused.
 */
export function addReport(slug: string, baseRev: number, r: ReportIn): Promise<AddReportResult> {
	return serial(() => {
		const { work } = loadWork(slug);
		if (work.rev !== baseRev) throw new Conflict(`This story was changed elsewhere: you have revision ${baseRev}, the studio has ${work.rev}. Reload to continue.`);
		const file = r.name;
		const path = reportPath(file);
		const text = parseSourceLine(r.text) ? r.text : `Source: ${[r.outlet, r.date, r.url].filter(Boolean).join(', ')}\n\n${r.text}`;
		const meta = reportMeta.safeParse({
			file,
			title: r.title,
			// check:stories asks of a report with no outlet that the index says why.
			...(r.outlet ? { publisher: r.outlet } : { publisherBasis: 'No outlet was given when the report was added in the studio.' }),
			date: r.date,
			dateInferred: r.dateInferred,
			dateBasis: r.dateBasis
		});
		if (!meta.success) error(400, `The report's details are incomplete: ${meta.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
		const existing = readOr(path);
		const index = readIndex();
		if (existing !== null && existing !== text) throw new Conflict(`A different report is already called ${file}: rename this one.`);
		if (existing === null) writeAtomic(path, text);
		if (!index.reports.some((x) => x.file === file)) {
			const raw = JSON.parse(readFileSync(INDEX, 'utf8')) as { reports: unknown[] };
			raw.reports.push(meta.data);
			writeAtomic(INDEX, formatJson(raw));
		}
		const story = work.story.reports.includes(file) ? work.story : { ...work.story, reports: [...work.story.reports, file] };
		return { work: writeWork({ ...work, story }), file, meta: index.reports.find((x) => x.file === file) ?? meta.data };
	});
}

const rank = (order: string[], key: string) => {
	const i = order.indexOf(key);
	return i < 0 ? order.length : i;
};

export type SaveResult = { ok: true; work: Work; path: string; changed: boolean } | { ok: false; faults: Fault[] };

/** Writes the story file from the work, if it validates; never a story that fails. */
export function saveStory(slug: string, baseRev: number): Promise<SaveResult> {
	return serial(() => {
		const { work } = loadWork(slug);
		if (work.rev !== baseRev) throw new Conflict(`This story was changed elsewhere: you have revision ${baseRev}, the studio has ${work.rev}. Nothing was saved.`);
		const path = storyPath(slug);
		const current = readOr(path);
		if (current !== null && work.fileHash !== sha256(current)) {
			throw new Conflict(`geo/stories/${slug}.json was changed outside this studio session (another studio, git, or an editor) since you opened it. Nothing was saved; reload to see it.`);
		}
		const story = composeStory(work);
		const v = validateStory(`geo/stories/${slug}.json`, story, reportTexts());
		if (!v.ok) return { ok: false, faults: v.faults };
		if (story.slug !== slug) return { ok: false, faults: [{ file: `${slug}.json`, path: '$.slug', message: 'the slug cannot change' }] };
		// A field added in the studio (an introduction) takes its place in the schema's order, as
		// hand-written files have it; the order of everything else is left as it is.
		const order = Object.keys(storySchema.shape);
		const ordered = Object.fromEntries(Object.entries(story).sort(([a], [b]) => rank(order, a) - rank(order, b)));
		const text = formatJson(ordered);
		if (text !== current) writeAtomic(path, text);
		return { ok: true, work: writeWork({ ...work, fileHash: sha256(text) }), path: `geo/stories/${slug}.json`, changed: text !== current };
	});
}

/** Drops the work in progress and reopens the saved file: "take theirs" after a conflict. */
export function discardWork(slug: string): Promise<Work> {
	return serial(() => {
		const file = readOr(storyPath(slug));
		if (file === null) error(404, `There is no saved story called "${slug}" to go back to.`);
		const prev = readWork(slug);
		const fresh = workFromStory(JSON.parse(file) as StoryInput, sha256(file));
		return writeWork({ ...fresh, rev: prev?.rev ?? 0 });
	});
}
