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

/** The embed's own client, as its page loads it (paths from the site's root). */
export interface EmbedClient {
	/** The entry (see $lib/embed/client/main.ts): it waits for the reader before it hydrates. */
	entry: string;
	/** The map library's files, which the frame fetches once it is in view. */
	prefetch: string[];
}

/**
 * The embed's own client under static/_embed/, from the manifest its build wrote (hashed
 * names, so that a new build is never mixed with an old one in a cache). Read when pages are
 * prerendered, so `npm run build` builds the client first; under `vite dev` there is none
 * (the embed is a SvelteKit page there).
 */
function embedClient(): EmbedClient | null {
	if (!existsSync(MANIFEST)) {
		if (dev) return null;
		throw new Error(`${MANIFEST} is missing: build the embed client first (npm run build does).`);
	}
	const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
	const chunks = Object.values(manifest);
	const entry = chunks.find((c) => c.isEntry);
	if (!entry) throw new Error(`${MANIFEST} names no entry.`);
	const maplibre = chunks.filter((c) => c.src?.startsWith('node_modules/maplibre-gl/'));
	const prefetch = new Set(maplibre.flatMap((c) => [c.file, ...(c.css ?? []), ...(c.assets ?? [])]));
	const path = (f: string) => `_embed/${f}`;
	return { entry: path(entry.file), prefetch: [...prefetch].map(path) };
}

let client: EmbedClient | null | undefined;

/** The embed's own client; null under `vite dev`. */
export function embedClientFiles(): EmbedClient | null {
	return client === undefined ? (client = embedClient()) : client;
}

/** The embed page's data, and its client's (data.json): one function, so they cannot differ. */
export function embedData(slug: string): EmbedData {
	const story = getStory(slug);
	return { ...embedStory(story), reports: reportsOf(story) };
}
