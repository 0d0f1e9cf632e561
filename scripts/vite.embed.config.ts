/**
 * The embed's own client ($lib/embed/client/main.ts): the same components as the site, built
 * apart so that a frame loads Svelte and the frame, not SvelteKit's router. `npm run build`
 * runs it before the site's build, which copies static/_embed/ into the output and reads
 * the entry's name from the manifest when it prerenders the embed pages.
 */
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';
import { maplibreFiles } from './maplibre-files.js';
import { i18nLocaleChunks } from './vite-i18n.js';

const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const shim = (name: string) => at(`src/lib/embed/client/${name}`);

/**
 * The entry's stylesheet is the page's: the prerendered embed page links the same components'
 * styles from the site's build. But a lazy chunk (the detail panels) imports from the entry,
 * so Vite would load the entry's stylesheet with it, 3 kB of the embed's budgeted transfer
 * for styles already in the page. Forgetting that the entry has one, before Vite writes the
 * lazy chunks' dependencies, leaves only their own.
 */
function entryCssFromPage(): Plugin {
	return {
		name: 'newsmap:entry-css-from-page',
		generateBundle: {
			order: 'pre',
			handler(_options, bundle) {
				for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) chunk.viteMetadata?.importedCss.clear();
			}
		}
	};
}

export default defineConfig({
	root: at(''),
	// Relative: the site may be served under any path, and chunks find each other beside them.
	base: './',
	publicDir: false,
	plugins: [svelte(), maplibreFiles(at('static')), entryCssFromPage(), i18nLocaleChunks()],
	// Parts an embed never shows (the exploring toolbar, the print handout) test this, so that
	// their chunks are not built for a frame that would never load them ($lib/app/lazy.ts).
	define: { 'import.meta.env.EMBED_CLIENT': 'true' },
	resolve: {
		alias: [
			{ find: '$app/environment', replacement: shim('environment.ts') },
			{ find: '$app/paths', replacement: shim('paths.ts') },
			{ find: '$app/state', replacement: shim('state.svelte.ts') },
			{ find: '$app/navigation', replacement: shim('navigation.ts') },
			{ find: /^\$lib\//, replacement: `${at('src/lib')}/` },
			{ find: /^\$geo\//, replacement: `${at('geo')}/` }
		]
	},
	build: {
		outDir: at('static/_embed'),
		emptyOutDir: true,
		// Flat: the client's paths module finds the site's base as the folder above its own file.
		assetsDir: '',
		manifest: true,
		target: 'es2022',
		rollupOptions: { input: shim('main.ts') }
	}
});
