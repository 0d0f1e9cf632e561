import adapterStatic from '@sveltejs/adapter-static';
import adapterNode from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// ADAPTER=node builds a Node server into build-node/ (oEmbed endpoint, frame-ancestors
// header: see docs/embed.md); the default is the plain static site in build/.
const node = process.env.ADAPTER === 'node';
// A tile provider (VITE_MAP_STYLE_URL, see README) is the one other host the map may talk to.
const tiles = process.env.VITE_MAP_STYLE_URL ? [new URL(process.env.VITE_MAP_STYLE_URL).origin] : [];

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
			// The public address, for the absolute links oEmbed needs (e.g. https://map.example.org).
			...(process.env.SITE_ORIGIN ? { origin: process.env.SITE_ORIGIN } : {})
		},
		alias: { $geo: 'geo' },
		// Pages' small stylesheets go into their HTML: one request less each (about 0.25 kB of
		// headers apiece, ahead of the first paint), and they compress better together. The
		// embed's transfer is budgeted (issue #17); its page had seven of them.
		inlineStyleThreshold: 5000,
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
