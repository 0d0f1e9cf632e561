/**
 * maplibre-gl, loaded once from its own distribution files. The site and the embed's own
 * client are two builds (see scripts/vite.embed.config.ts): bundled by each, the library was
 * on disk twice under two names, and a reader who saw an embed and then the story page
 * downloaded 450 kB twice. So neither bundles it: both import the same files, copied
 * unchanged from node_modules into `static/<MAPLIBRE_DIR>/` by scripts/maplibre-files.ts
 * (a Vite plugin of both builds), under a folder named for the version, which is what
 * changes their content.
 */
import type * as Maplibre from 'maplibre-gl';
import { base } from '$app/paths';
import { version } from 'maplibre-gl/package.json';

/** The folder, from the site's root, that holds maplibre-gl's files. */
export const MAPLIBRE_DIR = `_lib/maplibre-gl-${version}`;
/** The files a map needs, by role, as named in maplibre-gl's `dist/`. */
export const MAPLIBRE_FILES = { main: 'maplibre-gl.mjs', worker: 'maplibre-gl-worker.mjs', css: 'maplibre-gl.css' } as const;

/** The files' URLs under the site's base path. */
export function maplibreUrls(root = base): { main: string; worker: string; css: string } {
	const at = (f: string) => `${root}/${MAPLIBRE_DIR}/${f}`;
	return { main: at(MAPLIBRE_FILES.main), worker: at(MAPLIBRE_FILES.worker), css: at(MAPLIBRE_FILES.css) };
}

let loading: Promise<typeof Maplibre> | undefined;

/** The library with its worker set and its stylesheet in the page; once per page. */
export function loadMaplibre(): Promise<typeof Maplibre> {
	return (loading ??= (async () => {
		const urls = maplibreUrls();
		const abs = (u: string) => new URL(u, location.href).href;
		const [lib] = await Promise.all([import(/* @vite-ignore */ abs(urls.main)) as Promise<typeof Maplibre>, stylesheet(abs(urls.css))]);
		lib.setWorkerUrl(abs(urls.worker));
		return lib;
	})().catch((e) => {
		loading = undefined;
		throw e;
	}));
}

/** Adds the stylesheet (once) and resolves when it applies: the map's controls are laid out by it. */
function stylesheet(href: string): Promise<void> {
	const existing = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find((l) => l.href === href);
	if (existing) return Promise.resolve();
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = href;
	const done = new Promise<void>((ok, fail) => {
		link.onload = () => ok();
		link.onerror = () => fail(new Error(`could not load ${href}`));
	});
	document.head.append(link);
	return done;
}

/**
 * The library in, evaluated, with its workers started (`prewarm`: they fetch and compile their
 * script off the main thread) and its stylesheet applied, before any map exists: what a map's
 * start does first, done while the reader is on their way to the map. No WebGL yet.
 */
export function warmMaplibre(): Promise<void> {
	return loadMaplibre().then((lib) => lib.prewarm());
}
