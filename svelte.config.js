import adapterStatic from '@sveltejs/adapter-static';
import adapterNode from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { resolveSiteOrigin, siteOriginNotice } from './src/lib/site-origin.js';

// ADAPTER=node builds a Node server into build-node/ (oEmbed endpoint, frame-ancestors
// header: see docs/embed.md); the default is the plain static site in build/.
const node = process.env.ADAPTER === 'node';
// A tile provider (VITE_MAP_STYLE_URL, see README) is the one other host the map may talk to.
const tiles = process.env.VITE_MAP_STYLE_URL ? [new URL(process.env.VITE_MAP_STYLE_URL).origin] : [];
// The public origin every absolute link other sites get is made from (src/lib/site-origin.js).
const site = resolveSiteOrigin(process.env.SITE_ORIGIN);
const notice = siteOriginNotice(site);
if (notice && process.argv.includes('build')) console.warn(`\n${notice}\n`);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered: the build folder is a plain static site any host can serve.
		adapter: node
			? adapterNode({ out: 'build-node' })
			: adapterStatic({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// The public address, for the absolute links oEmbed and the snippets need: SITE_ORIGIN,
			// or `npm start`'s local server (the build then says so).
			origin: site.origin
		},
		alias: { $geo: 'geo' },
		// The scripts (bench, budgets, basemap, ingest) are type-checked with the app.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts');
			}
		},
		// Registered by the presentation page alone (src/lib/present/offline.ts), not by every page.
		serviceWorker: { register: false },
		// Prerendered pages carry this as a <meta> tag with hashes of SvelteKit's own inline
		// script; no other inline script runs. Styles need 'unsafe-inline' (style attributes
		// from Svelte and MapLibre). frame-ancestors cannot be set by <meta>: see docs/embed.md.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'worker-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:', ...tiles],
				'font-src': ['self'],
				'connect-src': ['self', ...tiles],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
