/**
 * Where the studio reads and writes, and the only ways to name a file there. Every name that
 * comes from a request goes through `storySlug` or `reportFile` before it touches a path, and
 * `inside` checks the joined path again, so nothing outside geo/ (and the studio's own work
 * folder) can be read or written whatever a request says.
 */
import { resolve, sep } from 'node:path';
import { error } from '@sveltejs/kit';

/** The project whose geo/ the studio edits and whose site it builds (a test points it at a copy). */
export const PROJECT = resolve(process.env.NEWSMAP_PROJECT ?? process.cwd());
export const GEO = resolve(PROJECT, 'geo');
export const STORIES = resolve(GEO, 'stories');
export const REPORTS = resolve(GEO, 'reports');
export const INDEX = resolve(REPORTS, 'index.json');
/** Work in progress (autosaves, drafts under review): git-ignored, beside the bench's tmp files. */
export const WORK = resolve(PROJECT, 'tmp', 'studio');

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REPORT = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.txt$/;

export function isSlug(s: unknown): s is string {
	return typeof s === 'string' && s.length <= 80 && SLUG.test(s);
}

export function isReportFile(s: unknown): s is string {
	return typeof s === 'string' && s.length <= 120 && REPORT.test(s) && !s.includes('..');
}

export function storySlug(s: unknown): string {
	if (!isSlug(s)) error(400, 'A story name is lower-case letters and digits joined by hyphens (at most 80 characters).');
	return s;
}

export function reportFile(s: unknown): string {
	if (!isReportFile(s)) error(400, 'A report file name is letters, digits, "_", "-" and "." ending in .txt, with no folder.');
	return s;
}

/** `dir/name`, checked to be inside `dir`. */
export function inside(dir: string, name: string): string {
	const full = resolve(dir, name);
	if (!full.startsWith(dir + sep)) error(400, 'That path is outside the story folders.');
	return full;
}

export const storyPath = (slug: string) => inside(STORIES, `${storySlug(slug)}.json`);
export const workPath = (slug: string) => inside(WORK, `${storySlug(slug)}.work.json`);
export const reportPath = (file: string) => inside(REPORTS, reportFile(file));
