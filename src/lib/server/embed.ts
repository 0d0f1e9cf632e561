import { existsSync, readFileSync } from 'node:fs';
import { embedStory, type EmbedData } from '$lib/embed/lean';
import { getStory, reportsOf } from './stories';

/** The embed page's data, and its client's (data.json): one function, so they cannot differ. */
export function embedData(slug: string): EmbedData {
	const story = getStory(slug);
	return { ...embedStory(story), reports: reportsOf(story) };
}

const MANIFEST = 'static/_embed/.vite/manifest.json';

/**
 * The embed client's entry file under static/_embed/ (hashed, so a new build is never mixed
 * with an old one in a cache), from the manifest its build wrote. Read when pages are
 * prerendered, so `npm run build` builds the client first.
 */
export function embedClientFile(): string {
	if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: build the embed client first (npm run build does).`);
	const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, { file: string; isEntry?: boolean }>;
	const entry = Object.values(manifest).find((c) => c.isEntry);
	if (!entry) throw new Error(`${MANIFEST} names no entry.`);
	return entry.file;
}
