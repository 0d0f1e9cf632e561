import adapterStatic from '@sveltejs/adapter-static';
import adapterNode from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { resolveSiteOrigin, siteOriginNotice } from './src/lib/site-origin.js';

// ADAPTER=node builds a Node server into build-node/ (oEmbed endpoint, frame-ancestors
// header: see docs/embed.md); the default is the plain static site in build/.
const node = process.env.ADAPTER === 'node';
// NEWSMAP_STUDIO=1 (set by `npm run studio`, scripts/studio.ts) runs the authoring app instead:
// its own routes and hooks under src/studio, its own generated folder, never a site build.
const studio = process.env.NEWSMAP_STUDIO === '1';
// A tile provider (VITE_MAP_STYLE_URL, see README) is the one other host the map may talk to.
// (Typed loosely: kit.csp wants a host-source template type a URL origin cannot be shown to match.)
const tiles = process.env.VITE_MAP_STYLE_URL ? [/** @type {any} */ (new URL(process.env.VITE_MAP_STYLE_URL).origin)] : [];
// The test harness (/tests/story/?story=<name>: the browser tests and `npm run bench` open
// generated stories through it) is built only when asked (VITE_TEST_HARNESS=1, which
// `npm run build:test` and so `npm test` set); a production build has no such page.
const harness = !!process.env.VITE_TEST_HARNESS;
const HARNESS_ROUTE = '/tests/story';
// The public origin every absolute link other sites get is made from (src/lib/site-origin.js):
// SITE_ORIGIN, or ORIGIN (the Node server's name for the same origin) when only that is set.
const site = resolveSiteOrigin(process.env.SITE_ORIGIN || process.env.ORIGIN);
const notice = siteOriginNotice(site);
// Once per build: Vite loads this file once per environment (server, client), and the embed's
// own build (scripts/vite.embed.config.ts, whose output holds no absolute link) loads it too.
const embedBuild = process.argv.some((a) => a.includes('vite.embed.config'));
if (notice && process.argv.includes('build') && !embedBuild && !process.env.NEWSMAP_SITE_ORIGIN_NOTICE) {
	process.env.NEWSMAP_SITE_ORIGIN_NOTICE = 'shown';
	console.warn(`\n${notice}\n`);
}

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
			// Without the harness, every page is reached from `/` and the routes' own `entries`;
			// a page that is not is still an error, unless it is the harness.
			entries: harness ? ['*'] : ['/'],
			handleUnseenRoutes: (details) => {
				if (details.routes.some((r) => r !== HARNESS_ROUTE)) throw new Error(details.message);
			},
			// The public address, for the absolute links oEmbed and the snippets need: SITE_ORIGIN,
			// or `npm start`'s local server (the build then says so).
			origin: site.origin
		},
		// The Node build works apart from the static one, so that building it (the node-server
		// test does when it is stale) never changes what `vite preview` of build/ serves.
		...(node ? { outDir: '.svelte-kit-node' } : {}),
		alias: { $geo: 'geo' },
		// Pages' small stylesheets go into their HTML: one request less each (about 0.25 kB of
		// headers apiece, ahead of the first paint), and they compress better together. The
		// embed's transfer is budgeted (issue #17); its page had seven of them.
		inlineStyleThreshold: 5000,
		...(studio
			? {
					outDir: '.svelte-kit-studio',
					// Its own static folder too: a site build writes static/_embed, which would reload the studio's pages.
					// No service worker: the presentation's preview would register the site's, which would
					// then answer the studio's own requests from a cache of the build.
					files: { routes: 'src/studio/routes', hooks: { server: 'src/studio/hooks.server' }, assets: 'src/studio/static', serviceWorker: 'src/studio/no-service-worker' }
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
