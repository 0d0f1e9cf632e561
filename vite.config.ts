import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { withFinalHeaders } from './server/headers.js';
import { maplibreFiles } from './scripts/maplibre-files.js';
import { i18nLocaleChunks } from './scripts/vite-i18n.js';

/**
 * `npm start` serves the build with `vite preview`: text declared UTF-8 (a report served as bare
 * text/plain reads "Trumpâ€™s") and HTML revalidated, as server/serve.js does.
 */
const previewHeaders: Plugin = {
	name: 'newsmap:preview-headers',
	configurePreviewServer(server) {
		server.middlewares.use((_req, res, next) => {
			withFinalHeaders(res);
			next();
		});
	}
};

export default defineConfig({
	plugins: [sveltekit(), maplibreFiles('static'), previewHeaders, i18nLocaleChunks()],
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts']
				}
			},
			{
				extends: true,
				test: {
					// Browser tests drive Debian's chromium through playwright-core against the
					// built site, served by `vite preview` from the global setup.
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
