import { existsSync, readFileSync } from 'node:fs';
import { dev } from '$app/environment';
import { embedStory, type EmbedData } from '$lib/embed/lean';
import { getStory, reportsOf } from './stories';
import { MAPLIBRE_DIR, MAPLIBRE_FILES } from '$lib/map/maplibre';

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
	// maplibre-gl is not in the client's chunks: it loads the site's one copy ($lib/map/maplibre).
	const lib = Object.values(MAPLIBRE_FILES).map((f) => `${MAPLIBRE_DIR}/${f}`);
	return { entry: `_embed/${entry.file}`, prefetch: lib };
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
