/**
 * The JavaScript budget, run by `npm run build`: the gzip size of the app's own JavaScript
 * (every script in build/_app/immutable except maplibre-gl's library and worker, which the
 * app does not control) must stay under BUDGET, and the embed's own client (build/_embed:
 * the same components built without SvelteKit's router, see $lib/embed/client/main.ts) under
 * EMBED_BUDGET. Raising either is a decision, made here. It also fails a build that holds
 * maplibre-gl more than once: both clients load the one copy in build/_lib (see strayMaplibre).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes, gzip level 9. Set when the canvas overlay landed (117.1 kB), with room for small features. */
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
// 2026-12-03 (second session): 170 kB → 176 kB for issue #16's map items: one hit rule for
// every renderer and pointer (pick.ts, 1.5 kB) and the chooser it opens where marks share a
// spot (1.3 kB), framing to the visible part and revealing a selection (framing.ts, 1.7 kB),
// the far places' edge markers (1 kB), the label rule's glyph-width table. Measured 168.8 →
// 174.6 kB. Looked for weight to win back first: the new modules pull in nothing new
// (canvas.ts's geometry, flatbush and d3-geo were in the build already, and the budget
// counts every chunk once, so moving code into lazy chunks would not change the figure);
// there was no module in two chunks. What is left to win is elsewhere: the test harness
// route alone is 32 kB (jsonc-parser's validator), counted here though readers never load it.
// 2026-12-03 (second session): 170 kB → 178 kB. The map branch (hit rule and chooser, framing,
// labels, edge markers) brought 173.9 kB; the reader's #16.9–11 items add 2.1 kB: the key
// of the story's own kinds, the presentation's room sizes, scene key and fitted list, the
// print's still map (its own lazy chunk) and the timeline's tick spacing. 176.0 kB then.
// 2026-12-03 (second session, integration): 178 kB → 152 kB. Perf's budget counts what
// readers load: the test harness route (32 kB, built only by build:test) is no longer
// counted. Merged build (map, perf, reader, studio, harden, ingest): 147.2 kB.
// 2026-12-03 (second session, i18n branch): set to 186 kB by issue #21 (the interface in six
// languages), measured 181.9 kB on its own branch: a page loads one language's messages (4.7 kB
// English to 6.3 kB Russian: the largest counts, see measure), plus about 7 kB for what every
// language needs (a stub per message that asks the loaded language, the Intl formatting, the
// labels of kinds and statuses, the language menu, hreflang links). With all six languages in
// every message, as Paraglide compiles them, it was 213.3 kB: scripts/vite-i18n.ts keeps it here.
// 2026-12-03 (second session): 186 kB → 163 kB when i18n met the map, reader, harden and
// studio branches: measured 160.7 kB across 53 files with the largest language's messages
// (uk and ru 6.5 kB; ar 6.3, fr 5.6, de 5.4, en 4.8 kB), by `npm run build:test` with the test
// harness's scripts left out (harnessOnly), which the earlier figures above still counted.
// Rounded up to 161 kB, plus 2 kB of room. The same 160.7 kB after int's last fixes (the hit
// rule's solid option, labels clearing canvas symbols) were merged in.
// 2026-12-03 (third session): 163 kB → 165 kB when the #16, #17, #19 and #21 follow-ups met:
// 163.0 kB. The interface-language names of places and countries applied before hydration,
// figure lines and lists through Intl (+2.0 kB), the story's own first-view focus and the
// label priority of key cities (+0.4 kB); the once-per-language Intl formatters and the lazy
// search index and print map took a little back.
// 2026-12-03 (fourth session): 165 kB → 167 kB for the windowed event list (issue #17: the
// list of a 50,000-event story opens in < 1 s): its lazy chunk grew 2.2 → 4.0 kB (the row
// heights' prefix sums, the window, keyboard moves through every row): 165.1 kB then. A library
// was weighed first: @tanstack/virtual-core is 10.2 kB at 3.19.13 (4.2 kB at 3.13), and
// virtua's Svelte components draw their own boxes, which a <table> cannot hold.
// Then, merged in the same session (lead3): 167 kB → 169 kB for labels placed in one pass of
// one rule for poster, live map and canvas (issue #16: 0 cut, 0 over a marker; +1.6 kB) and the
// story page's still picture with its overlay built in chunks after hydration (issue #17: the
// hydration task halved; +1.0 kB): 167.6 kB measured on the merge.
export const BUDGET = 169_000;
/**
 * Bytes, gzip level 9. Set 2026-11-22, when the embed got its own client: 75.0 kB then, across
 * all its chunks, eager (37.7 kB: what a frame loads before the map) and lazy. 96 kB after four
 * branches met (93.9 kB). 107 kB with issue #21, measured 103.9 kB: one language's messages
 * (at most 6.3 kB, loaded by the frame before it hydrates) and the same per-language plumbing as
 * the site's (see BUDGET); 118.0 kB with six languages in every message.
 */
// 2026-12-03: 80 kB → 83 kB with the kind registry (78.6 kB then, with the six kinds), for
// the two new kinds' marks, which an embed draws too.
// 2026-12-03: 80 kB → 90 kB, the same reader items (the embed shows the same timeline and
// panels): 86.8 kB then, 47.2 kB of it the eager main chunk (39.9 kB before).
// 2026-12-03: 90 kB → 96 kB when the round's branches met (the same): 93.9 kB then. The
// embed's whole transfer is read against its own target by `npm run bench` (issue #17).
// 2026-12-03 (second session): 96 kB → 100 kB, the same map items (an embed picks, frames
// and marks far places as the page does): 93.9 → 99.2 kB then.
// 2026-12-03 (second session): 96 kB → 101 kB, the same two (the embed draws the same
// overlay, key and timeline): 98.7 kB with the map branch, 99.6 kB with the reader's items.
// 2026-12-03 (second session, integration): 101 kB → 94 kB, since the embed no longer builds
// the toolbar and print chunks it never loads (perf): 90.5 kB on the merged build.
// 2026-12-03 (second session, i18n branch): 107 kB for issue #21 (the embed loads one language's
// messages, as the site does).
// 2026-12-03 (second session): 107 kB → 103 kB with all the branches merged: 100.4 kB in 18
// files, the largest language's messages included (uk and ru 6.5 kB). Rounded up to 101 kB,
// plus 2 kB of room. 100.5 kB after int's last fixes were merged in.
// 2026-12-03 (third session): 103 kB → 105 kB, the same (the embed applies its page's names
// table before it hydrates): 102.7 kB.
// 2026-12-03 (fourth session): 105 kB → 107 kB, the same windowed event list (the embed's list
// view is the page's): 102.7 → 104.6 kB then.
// Then, merged in the same session: 107 kB → 109 kB for the same label rule (+1.6 kB) and the
// still-picture code in the shared StoryApp (+1.0 kB; the embed does not use it): 107.3 kB.
export const EMBED_BUDGET = 109_000;
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

/** Vite's manifest of the site's client build, and where SvelteKit writes the route nodes it names. */
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

/**
 * The scripts only the test harness (/tests/story/, built by `npm run build:test` for the browser
 * tests and the bench, never by `npm run build`) loads: its route's node and what no other
 * entry reaches, such as the story validator it runs in the browser (about 30 kB gzip). A
 * budget for what readers download leaves them out; `npm test` builds with the harness.
 */
export function harnessOnly(): Set<string> {
	const out = new Set<string>();
	if (!existsSync(MANIFEST)) return out;
	type Chunk = { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean; isDynamicEntry?: boolean };
	const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
	const isHarness = (key: string) => {
		if (key.includes('src/routes/tests/')) return true;
		try {
			return /src\/routes\/tests\//.test(readFileSync(key, 'utf8'));
		} catch {
			return false;
		}
	};
	// The app's entry names every route's node (it loads them on navigation): the walk from it stops at the harness's.
	const reach = (keys: string[], stop: string[] = []) => {
		const seen = new Set<string>();
		const walk = (k: string) => {
			if (seen.has(k) || !manifest[k] || stop.includes(k)) return;
			seen.add(k);
			for (const i of [...(manifest[k]!.imports ?? []), ...(manifest[k]!.dynamicImports ?? [])]) walk(i);
		};
		keys.forEach(walk);
		return seen;
	};
	const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
	const harness = entries.filter(isHarness);
	if (!harness.length) return out;
	const others = reach(entries.filter((k) => !harness.includes(k)), harness);
	for (const k of reach(harness)) if (!others.has(k)) out.add(join('build', manifest[k]!.file));
	return out;
}


/** The language a chunk holds, if it is one language's messages (scripts/vite-i18n.ts). */
export function localeOf(text: string): string | null {
	return /__newsmapLocale:\s*[`"']([a-z]{2})[`"']/.exec(text)?.[1] ?? null;
}

/**
 * The gzip bytes of a client's scripts, leaving out `skip` (harnessOnly). A page loads one
 * language's messages (issue #21), so `app` is everything else plus the largest language: what
 * a reader of any one language can load at most. `languages` gives each language's chunk.
 */
export function measure(dir = ROOT, skip: ReadonlySet<string> = new Set()) {
	let app = 0, maplibre = 0, files = 0;
	const languages: Record<string, number> = {};
	for (const f of scripts(dir)) {
		if (skip.has(f)) continue;
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
		const { app, files, languages } = measure(dir, dir === ROOT ? harnessOnly() : undefined);
		const each = Object.entries(languages).map(([l, n]) => `${l} ${kb(n)}`).join(', ');
		const line = `JS budget: ${name} ${kb(app)} gzip in ${files} files, one language's messages included (budget ${kb(budget)}, ${((100 * app) / budget).toFixed(0)}%)${each ? `\n  languages, one loaded per page: ${each}` : ''}`;
		if (app > budget) {
			console.error(`${line}\nOver budget by ${kb(app - budget)}: find what grew (npx vite-bundle-visualizer, or compare ${dir} with main), or raise the budget in scripts/budget.ts with a reason.`);
			over = true;
		} else console.log(line);
	}
	if (over) process.exit(1);
}
