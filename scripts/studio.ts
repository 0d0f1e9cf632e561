/**
 * npm run studio [-- --port 5180] [--project <dir>]
 *
 * Starts the authoring studio (src/studio) on the loopback address and prints its URL. It is
 * SvelteKit's dev server with the studio's own routes (svelte.config.js reads NEWSMAP_STUDIO):
 * nothing of it is in the site's build. It edits <project>/geo (default: this folder) and
 * builds <project>'s site when you publish.
 */
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const args = process.argv.slice(2).filter((a) => a !== '--');
const opt = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
process.env.NEWSMAP_STUDIO = '1';
if (opt('project')) process.env.NEWSMAP_PROJECT = resolve(opt('project')!);
const port = Number(opt('port') ?? process.env.STUDIO_PORT ?? 5180);

const { createServer } = await import('vite');
const server = await createServer({
	configFile: resolve(import.meta.dirname, '../vite.config.ts'),
	root: resolve(import.meta.dirname, '..'),
	// A studio's own dependency cache: it must not churn the site's dev server's.
	cacheDir: resolve(import.meta.dirname, '../node_modules/.vite-studio'),
	server: {
		host: '127.0.0.1',
		port,
		strictPort: false,
		open: false,
		// What a site build or the studio itself writes is not the studio's source: watching it would
		// reload the editor's page mid-build (svelte-kit sync rewrites the tsconfig the root extends).
		watch: { ignored: ['**/.svelte-kit/**', '**/build/**', '**/build-node/**', '**/static/_embed/**', '**/tmp/**', '**/geo/**'] }
	},
	// Bundled up front: found later, each would reload the page the editor is working in.
	optimizeDeps: { include: ['maplibre-gl', 'chrono-node', 'topojson-client', 'zod', 'jsonc-parser', 'd3-geo', 'd3-scale', 'd3-shape', 'flatbush'] },
	logLevel: 'warn'
});
await server.listen();
const { port: bound } = server.httpServer!.address() as AddressInfo;
const url = `http://127.0.0.1:${bound}/`;
process.stdout.write(`Studio: ${url}\n  editing ${process.env.NEWSMAP_PROJECT ?? process.cwd()}/geo — Ctrl+C to stop\n`);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.close().then(() => process.exit(0)));
