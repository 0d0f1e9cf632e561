/**
 * The embed's weight budget, measured in a real browser against the built site (`npm run
 * build` first) and printed as a table:
 *   - first paint (the poster) needs no map-library download;
 *   - the interactive embed's whole transfer ≤ maplibre-gl's own (main + worker + CSS, gzip) + 80 KB.
 * Sizes are gzip sizes of the files as served (build/ files gzipped here at level 9, as a
 * static host would), so the figure does not depend on the preview server's compression.
 *   npm run bench:embed
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { preview } from 'vite';
import { launch } from './browser';

const BUDGET_OVER_MAPLIBRE = 80 * 1024;
const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (!existsSync('build/index.html')) throw new Error('No build/: run `npm run build` first.');

const ml = 'node_modules/maplibre-gl/dist/';
// The ESM build: main and worker share one module of common code.
const maplibre = {
	main: gz(readFileSync(`${ml}maplibre-gl.mjs`)) + gz(readFileSync(`${ml}maplibre-gl-shared.mjs`)),
	worker: gz(readFileSync(`${ml}maplibre-gl-worker.mjs`)),
	css: gz(readFileSync(`${ml}maplibre-gl.css`))
};
const maplibreTotal = maplibre.main + maplibre.worker + maplibre.css;

const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'silent' });
const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
const browser = await launch();

interface Row {
	url: string;
	gzip: number;
	phase: 'first paint' | 'later';
	maplibre: boolean;
}

/** Bundled chunks lose their names: a maplibre chunk is one that carries maplibre's own code. */
function isMaplibre(url: string): boolean {
	if (/maplibre/i.test(url)) return true;
	const path = `build${new URL(url).pathname}`;
	if (!/\.(m?js|css)$/.test(path) || !existsSync(path)) return false;
	const text = readFileSync(path, 'utf8');
	return /maplibregl-ctrl|MapLibre GL JS|\.maplibregl-map/.test(text) && text.length > 20_000;
}

function sizeOf(url: string): number {
	const path = decodeURIComponent(new URL(url).pathname);
	const file = `build${path.endsWith('/') ? `${path}index.html` : path}`;
	return existsSync(file) ? gz(readFileSync(file)) : 0;
}

async function measure(query: string) {
	const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
	const rows: Row[] = [];
	let painted = false;
	const seen = new Set<string>();
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(base)) throw new Error(`foreign request: ${url}`);
		// A second request for the same URL is served from the cache.
		if (seen.has(url)) return;
		seen.add(url);
		rows.push({ url, gzip: sizeOf(url), phase: painted ? 'later' : 'first paint', maplibre: isMaplibre(url) });
	});
	await page.goto(`${base}/stories/riyadh-talks-2025/embed/${query}`, { waitUntil: 'commit' });
	// First paint: the poster's basemap and marks are on screen (before hydration).
	await page.waitForFunction(() => {
		const use = document.querySelector('[data-testid="poster"] .basemap use');
		return use && use.getBoundingClientRect().width > 0 && document.querySelector('.overlay .mark');
	});
	const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
	painted = true;
	await page.waitForLoadState('load');
	if (!query.includes('mode=static')) {
		// The reader reaches for the map (a pointer over it): the library starts.
		await page.mouse.move(400, 300);
		await page.waitForSelector('[data-testid="map"][data-basemap]', { timeout: 60_000 });
	} else {
		await page.waitForTimeout(1500);
	}
	await page.waitForTimeout(500);
	await page.close();
	return { rows, paint };
}

const interactive = await measure('');
const staticMode = await measure('?mode=static');
await browser.close();
await server.close();

const sum = (rows: Row[], f: (r: Row) => boolean = () => true) => rows.filter(f).reduce((a, r) => a + r.gzip, 0);
const name = (u: string) => new URL(u).pathname.replace(/^\/_app\/immutable\//, '…/');

console.log('\nRequests of the interactive embed (gzip):');
console.table(interactive.rows.map((r) => ({ file: name(r.url), gzip: kb(r.gzip), phase: r.phase, maplibre: r.maplibre ? 'yes' : '' })));

const firstPaintMaplibre = interactive.rows.filter((r) => r.phase === 'first paint' && r.maplibre);
const total = sum(interactive.rows);
const ours = sum(interactive.rows, (r) => !r.maplibre);
const limit = maplibreTotal + BUDGET_OVER_MAPLIBRE;
const table = [
	{ measure: 'maplibre-gl main + worker + CSS (gzip, from node_modules)', value: kb(maplibreTotal), budget: '' },
	{ measure: 'interactive embed: first paint transfer', value: kb(sum(interactive.rows, (r) => r.phase === 'first paint')), budget: '' },
	{ measure: 'interactive embed: map-library files before first paint', value: String(firstPaintMaplibre.length), budget: '0' },
	{ measure: 'interactive embed: first contentful paint', value: interactive.paint === null ? 'n/a' : `${interactive.paint.toFixed(0)} ms`, budget: '' },
	{ measure: 'interactive embed: total transfer', value: kb(total), budget: `≤ ${kb(limit)}` },
	{ measure: 'interactive embed: everything but maplibre', value: kb(ours), budget: '' },
	{ measure: 'interactive embed: over maplibre-gl’s own', value: kb(total - maplibreTotal), budget: `≤ ${kb(BUDGET_OVER_MAPLIBRE)}` },
	{ measure: 'static embed: total transfer (no map library)', value: kb(sum(staticMode.rows)), budget: '' },
	{ measure: 'static embed: map-library files', value: String(staticMode.rows.filter((r) => r.maplibre).length), budget: '0' }
];
console.log('\nEmbed budget:');
console.table(table);
const ok = firstPaintMaplibre.length === 0 && total <= limit && !staticMode.rows.some((r) => r.maplibre);
console.log(ok ? 'Within budget.' : 'OVER BUDGET.');
process.exit(ok ? 0 : 1);
