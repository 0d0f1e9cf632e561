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
 * 170 kB after four branches met (168.8 kB). Raised to 215 kB when the interface was wired to its
 * messages (issue #21): 213.3 kB, every message function carrying all six languages. Temporary:
 * loading only the page's language is the next commit, which sets it back (docs/i18n.md, Budgets).
 */
// 2026-11-21: 125 kB → 135 kB when the embed (poster, share builder) and the exploring tools
// (search, filters, list view; loaded apart from the map) joined the canvas overlay on main.
// Measured then: 126.9 kB across all chunks, eager and lazy.
// Same day: 135 kB → 145 kB for the presentation route (its own page chunks); 137.1 kB then.
// 2026-11-22: 145 kB → 150 kB. The embed got its own client (budgeted below), but the site's
// build still carries the embed route's components for `vite dev`, and they grew with the
// marks drawn at the poster's frame (StoryApp's `frame`): 144.9 kB then.
// 2026-12-03: 150 kB → 155 kB for the kind registry (issue #18): each kind of event is one
// module that the browser loads whole (label, colours, panel text, SVG mark and canvas
// drawing), 3.1 kB gzip for the six kinds then, and d3-geo's geoInterpolate and geoBounds
// replace hand-written code (0.2 kB and 0.9 kB beside geoPath): 149.3 kB then, room
// for the two kinds the issue adds (exchange, strike), about 1.5 kB each.
// 2026-12-03: 150 kB → 160 kB for issue #16's reader items: a true time axis with a brush
// (d3-time's ticks, 2.7 kB of it), the story formatter in the panels, the bottom sheet,
// dark mode's switch, filter chips, print framing: 156.7 kB then.
// 2026-12-03: 160 kB → 170 kB when the round's branches met: the registry with its two new
// kinds, the deferred map start (map-start, its own chunks), report links and URL checks, the
// reader items and the studio's home page: 168.8 kB then, across 45 files, eager and lazy.
export const BUDGET = 215_000;
/**
 * Bytes, gzip level 9. Set 2026-11-22, when the embed got its own client: 75.0 kB then, across
 * all its chunks, eager (37.7 kB: what a frame loads before the map) and lazy. 96 kB after four
 * branches met; 120 kB while every message carries six languages (118.0 kB: see BUDGET).
 */
// 2026-12-03: 80 kB → 83 kB with the kind registry (78.6 kB then, with the six kinds), for
// the two new kinds' marks, which an embed draws too.
// 2026-12-03: 80 kB → 90 kB, the same reader items (the embed shows the same timeline and
// panels): 86.8 kB then, 47.2 kB of it the eager main chunk (39.9 kB before).
// 2026-12-03: 90 kB → 96 kB when the round's branches met (the same): 93.9 kB then. The
// embed's whole transfer is read against its own target by `npm run bench` (issue #17).
export const EMBED_BUDGET = 120_000;
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

export function measure(dir = ROOT) {
	let app = 0, maplibre = 0, files = 0;
	for (const f of scripts(dir)) {
		const text = readFileSync(f);
		const gz = gzipSync(text, { level: 9 }).length;
		if (isMaplibre(f, text.toString('utf8'))) maplibre += gz;
		else {
			app += gz;
			files++;
		}
	}
	return { app, maplibre, files };
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
		const { app, files } = measure(dir);
		const line = `JS budget: ${name} ${kb(app)} gzip in ${files} files (budget ${kb(budget)}, ${((100 * app) / budget).toFixed(0)}%)`;
		if (app > budget) {
			console.error(`${line}\nOver budget by ${kb(app - budget)}: find what grew (npx vite-bundle-visualizer, or compare ${dir} with main), or raise the budget in scripts/budget.ts with a reason.`);
			over = true;
		} else console.log(line);
	}
	if (over) process.exit(1);
}
