import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { maplibreFiles } from './scripts/maplibre-files.js';

export default defineConfig({
	plugins: [sveltekit(), maplibreFiles('static')],
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
