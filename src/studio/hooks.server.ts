/**
 * The studio writes files, so it answers only its own pages: requests must name a loopback
 * host (a web page elsewhere cannot reach it through DNS rebinding), and every request that
 * changes something must come from the studio's own origin (no cross-site form or fetch can
 * write a story). SvelteKit's own check covers form posts only; this covers JSON and the rest.
 */
import type { Handle } from '@sveltejs/kit';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MAPLIBRE_DIR } from '$lib/map/maplibre';

/**
 * The site's static files the site's components ask for by address: maplibre-gl's own files
 * (the map loads the library from them: see $lib/map/maplibre.ts) and the theme script. The
 * studio's own static folder is another one, so without these the studio's map and the
 * previews fall back to the simpler map.
 */
const SITE_STATIC = fileURLToPath(new URL('../../static/', import.meta.url));
const SITE_FILES: Record<string, string> = {
	[`/${MAPLIBRE_DIR}/maplibre-gl.mjs`]: 'text/javascript',
	[`/${MAPLIBRE_DIR}/maplibre-gl-worker.mjs`]: 'text/javascript',
	[`/${MAPLIBRE_DIR}/maplibre-gl.css`]: 'text/css',
	'/theme.js': 'text/javascript'
};
function siteFile(path: string): Response | null {
	const type = SITE_FILES[path];
	const file = SITE_STATIC + path.slice(1);
	if (!type || !existsSync(file)) return null;
	return new Response(readFileSync(file), { headers: { 'content-type': type, 'cache-control': 'no-cache' } });
}

const LOOPBACK = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?$/;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function refuse(request: Request, url: URL): string | null {
	const host = request.headers.get('host') ?? '';
	if (!LOOPBACK.test(host)) return `The studio answers only on the loopback address, not "${host}".`;
	if (SAFE.has(request.method)) return null;
	const origin = request.headers.get('origin');
	if (origin !== null) return origin === url.origin ? null : `Refused: a ${request.method} from another site (${origin}).`;
	// No Origin: the browser's fetch metadata, when sent, must say same-origin; a script sends
	// X-Studio: 1, a header no other site can add without a CORS preflight the studio never grants.
	const site = request.headers.get('sec-fetch-site');
	if (site === 'same-origin') return null;
	if (site === null) return request.headers.get('x-studio') === '1' ? null : 'Refused: a change without an Origin header (scripts send X-Studio: 1).';
	return `Refused: a ${request.method} from ${site}.`;
}

export const handle: Handle = async ({ event, resolve }) => {
	const why = refuse(event.request, event.url);
	if (why) return new Response(JSON.stringify({ message: why }), { status: 403, headers: { 'content-type': 'application/json' } });
	const file = event.request.method === 'GET' ? siteFile(event.url.pathname) : null;
	const res = file ?? (await resolve(event));
	res.headers.set('x-frame-options', 'SAMEORIGIN');
	res.headers.set('referrer-policy', 'no-referrer');
	res.headers.set('x-content-type-options', 'nosniff');
	return res;
};
