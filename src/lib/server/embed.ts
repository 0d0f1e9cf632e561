import { existsSync, readFileSync } from 'node:fs';
import { dev } from '$app/environment';
import { embedStory, type EmbedData } from '$lib/embed/lean';
import { getStory, reportsOf } from './stories';

const MANIFEST = 'static/_embed/.vite/manifest.json';

interface Chunk {
	file: string;
	src?: string;
	isEntry?: boolean;
	css?: string[];
	assets?: string[];
}

/**
 * The embed's own client under static/_embed/ ($lib/embed/client/main.ts), from the
 * manifest its build wrote: the entry (hashed, so that a new build is never mixed with an
 * old one in a cache), and the map library's files, which a frame fetches ahead once in view.
 * Read when pages are prerendered, so `npm run build` builds the client first; under
 * `vite dev` there is none (the embed is a SvelteKit page there).
 */
function embedClient(): { entry: string; prefetch: string[] } | null {
	if (!existsSync(MANIFEST)) {
		if (dev) return null;
		throw new Error(`${MANIFEST} is missing: build the embed client first (npm run build does).`);
	}
	const chunks = Object.values(JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>);
	const entry = chunks.find((c) => c.isEntry);
	if (!entry) throw new Error(`${MANIFEST} names no entry.`);
	const maplibre = chunks.filter((c) => c.src?.startsWith('node_modules/maplibre-gl/'));
	const prefetch = [...new Set(maplibre.flatMap((c) => [c.file, ...(c.css ?? []), ...(c.assets ?? [])]))].map((f) => `_embed/${f}`);
	return { entry: `_embed/${entry.file}`, prefetch };
}

let client: ReturnType<typeof embedClient> | undefined;

/** The entry of the embed's own client, from the site's root; null under `vite dev`. */
export function embedClientEntry(): string | null {
	return (client ??= embedClient())?.entry ?? null;
}

/** The embed page's data, and its client's (data.json): one function, so they cannot differ. */
export function embedData(slug: string): EmbedData {
	const story = getStory(slug);
	return { ...embedStory(story), reports: reportsOf(story), prefetch: (client ??= embedClient())?.prefetch ?? [] };
}
