/**
 * The JavaScript budget, run by `npm run build`: the gzip size of the app's own JavaScript
 * (every script in build/_app/immutable except maplibre-gl's library and worker, which the
 * app does not control) must stay under BUDGET, and the embed's own client (build/_embed:
 * the same components built without SvelteKit's router, see $lib/embed/client/main.ts) under
 * EMBED_BUDGET. Raising either is a decision, made here. It also fails a build that holds
 * maplibre-gl more than once: both clients load the one copy in build/_lib (see strayMaplibre).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Bytes, gzip level 9. Set when the canvas overlay landed (117.1 kB), with room for small features;
 * 170 kB after four branches met (168.8 kB). Raised to 186 kB by issue #21 (the interface in six
 * languages), measured 181.9 kB: a page loads one language's messages (4.7 kB English to 6.3 kB
 * Russian: the largest counts, see measure), plus about 7 kB for what every language needs
 * (a stub per message that asks the loaded language, the Intl formatting, the labels of kinds
 * and statuses, the language menu, hreflang links). With all six languages in every message,
 * as Paraglide compiles them, it was 213.3 kB: scripts/vite-i18n.ts is what keeps it here.
 */
export const BUDGET = 186_000;
/**
 * Bytes, gzip level 9. Set 2026-11-22, when the embed got its own client: 75.0 kB then, across
 * all its chunks, eager (37.7 kB: what a frame loads before the map) and lazy. 96 kB after four
 * branches met (93.9 kB). 107 kB with issue #21, measured 103.9 kB: one language's messages
 * (at most 6.3 kB, loaded by the frame before it hydrates) and the same per-language plumbing as
 * the site's (see BUDGET); 118.0 kB with six languages in every message.
 */
export const EMBED_BUDGET = 107_000;
const ROOT = 'build/_app/immutable';
const EMBED_ROOT = 'build/_embed';

/** maplibre-gl's scripts: its worker, and the file that holds the library (it names its worker pool). */
export function isMaplibre(file: string, text: string): boolean {
	return /maplibre-gl-worker/.test(file) || text.includes('maplibre_preloaded_worker_pool');
}

export function scripts(dir = ROOT): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) out.push(...scripts(p));
		else if (/\.m?js$/.test(name)) out.push(p);
	}
	return out;
}

/** The language a chunk holds, if it is one language's messages (scripts/vite-i18n.ts). */
export function localeOf(text: string): string | null {
	return /__newsmapLocale:\s*[`"']([a-z]{2})[`"']/.exec(text)?.[1] ?? null;
}

/**
 * The gzip bytes of a client's scripts. A page loads one language's messages (issue #21), so
 * `app` is everything else plus the largest language: what a reader of any one language can
 * load at most. `languages` gives each language's chunk.
 */
export function measure(dir = ROOT) {
	let app = 0, maplibre = 0, files = 0;
	const languages: Record<string, number> = {};
	for (const f of scripts(dir)) {
		const text = readFileSync(f);
		const gz = gzipSync(text, { level: 9 }).length;
		const s = text.toString('utf8');
		const locale = localeOf(s);
		if (isMaplibre(f, s)) maplibre += gz;
		else if (locale) languages[locale] = gz;
		else {
			app += gz;
			files++;
		}
	}
	const largest = Math.max(0, ...Object.values(languages));
	return { app: app + largest, maplibre, files: files + (largest ? 1 : 0), languages };
}

/** Where the build keeps maplibre-gl's own files (see $lib/map/maplibre: loaded from there by both clients). */
export const LIB_ROOT = 'build/_lib';

/**
 * Every script in `dir` that carries maplibre-gl, outside LIB_ROOT: a client that bundled the
 * library again (an `import('maplibre-gl')` instead of $lib/map/maplibre's loader).
 */
export function strayMaplibre(dir = 'build'): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (p === LIB_ROOT) continue;
		if (statSync(p).isDirectory()) out.push(...strayMaplibre(p));
		else if (/\.m?js$/.test(name) && isMaplibre(p, readFileSync(p, 'utf8'))) out.push(p);
	}
	return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
	let over = false;
	const lib = measure(LIB_ROOT);
	const stray = strayMaplibre();
	if (stray.length) {
		console.error(`maplibre-gl is in the build more than once: ${stray.join(', ')} besides ${LIB_ROOT}. Load it through $lib/map/maplibre.`);
		over = true;
	} else console.log(`maplibre-gl: one copy, ${LIB_ROOT} (${kb(lib.maplibre)} gzip, not counted)`);
	for (const [name, dir, budget] of [
		['app', ROOT, BUDGET],
		['embed client', EMBED_ROOT, EMBED_BUDGET]
	] as const) {
		const { app, files, languages } = measure(dir);
		const each = Object.entries(languages).map(([l, n]) => `${l} ${kb(n)}`).join(', ');
		const line = `JS budget: ${name} ${kb(app)} gzip in ${files} files, one language's messages included (budget ${kb(budget)}, ${((100 * app) / budget).toFixed(0)}%)${each ? `\n  languages, one loaded per page: ${each}` : ''}`;
		if (app > budget) {
			console.error(`${line}\nOver budget by ${kb(app - budget)}: find what grew (npx vite-bundle-visualizer, or compare ${dir} with main), or raise the budget in scripts/budget.ts with a reason.`);
			over = true;
		} else console.log(line);
	}
	if (over) process.exit(1);
}
