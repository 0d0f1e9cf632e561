import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered: the build folder is a plain static site any host can serve.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		alias: { $geo: 'geo' },
		// Registered by the presentation page alone (src/lib/present/offline.ts), not by every page.
		serviceWorker: { register: false }
	}
};

export default config;
