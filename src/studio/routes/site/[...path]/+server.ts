/**
 * The last build of the site, served read-only under /site/ for the studio's previews: the
 * story page, the embed and the presentation exactly as published.
 */
import { error } from '@sveltejs/kit';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { BUILD } from '../../../lib/server/build';

// Pages are folders with relative asset paths: /site/stories/x/ must stay as it is.
export const trailingSlash = 'ignore';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.pbf': 'application/x-protobuf',
	'.webmanifest': 'application/manifest+json',
	'.woff2': 'font/woff2'
};

// Typed by hand: the studio's routes are not in the site's generated route types.
export const GET = ({ params }: { params: Partial<Record<string, string>> }): Response => {
	const rel = decodeURIComponent(params.path ?? '');
	let file = resolve(BUILD, rel);
	if (file !== BUILD && !file.startsWith(BUILD + sep)) error(400, 'Outside the site.');
	if (existsSync(file) && statSync(file).isDirectory()) file = resolve(file, 'index.html');
	else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
	if (!existsSync(file)) error(404, existsSync(BUILD) ? 'Not in the last build.' : 'The site has not been built yet: publish it first.');
	return new Response(readFileSync(file), { headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' } });
};
