/**
 * Serves the built site (`build/`, made by `npm run build`, which `npm test` runs first)
 * with `vite preview` on a free loopback port, and hands its URL to the browser tests.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

export default async function setup(project: TestProject) {
	if (!existsSync('build/index.html')) throw new Error('No build/ to test: run `npm run build` first (npm test does).');
	const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'warn' });
	const address = server.httpServer.address() as AddressInfo;
	project.provide('baseURL', `http://127.0.0.1:${address.port}`);
	return async () => {
		await server.close();
	};
}
