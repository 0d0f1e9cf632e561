/**
 * The embed's own client ($lib/embed/client/main.ts): the same components as the site, built
 * apart so that a frame loads Svelte and the frame, not SvelteKit's router. `npm run build`
 * runs it before the site's build, which copies static/_embed/ into the output and reads
 * the entry's name from the manifest when it prerenders the embed pages.
 */
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { maplibreFiles } from './maplibre-files';

const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const shim = (name: string) => at(`src/lib/embed/client/${name}`);

export default defineConfig({
	root: at(''),
	// Relative: the site may be served under any path, and chunks find each other beside them.
	base: './',
	publicDir: false,
	plugins: [svelte(), maplibreFiles(at('static'))],
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
