import adapterStatic from '@sveltejs/adapter-static';
import adapterNode from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// ADAPTER=node builds a Node server into build-node/ (oEmbed endpoint, frame-ancestors
// header: see docs/embed.md); the default is the plain static site in build/.
const node = process.env.ADAPTER === 'node';
// NEWSMAP_STUDIO=1 (set by `npm run studio`, scripts/studio.ts) runs the authoring app instead:
// its own routes and hooks under src/studio, its own generated folder, never a site build.
const studio = process.env.NEWSMAP_STUDIO === '1';
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
		...(studio
			? {
					outDir: '.svelte-kit-studio',
					// Its own static folder too: a site build writes static/_embed, which would reload the studio's pages.
					files: { routes: 'src/studio/routes', hooks: { server: 'src/studio/hooks.server' }, assets: 'src/studio/static' }
				}
			: {}),
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
				// The studio runs on Vite's dev server, where MapLibre starts its worker from a blob.
				'worker-src': studio ? ['self', 'blob:'] : ['self'],
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
