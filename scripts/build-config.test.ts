/**
 * The test harness (/tests/story/) stays out of production builds (issue #22): svelte.config.js
 * prerenders it only with VITE_TEST_HARNESS, and without it lets that one route go unseen while
 * any other unseen route still fails the build.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

async function config(harness: boolean) {
	vi.resetModules();
	vi.stubEnv('VITE_TEST_HARNESS', harness ? '1' : '');
	return (await import('../svelte.config.js')).default.kit!.prerender!;
}
afterEach(() => {
	vi.unstubAllEnvs();
});

describe('the test harness in the build', () => {
	it('is left out of a production build, and only it', async () => {
		const p = await config(false);
		expect(p.entries).toEqual(['/']);
		const unseen = p.handleUnseenRoutes as (d: { routes: string[]; message: string }) => void;
		expect(() => unseen({ routes: ['/tests/story'], message: 'unseen' })).not.toThrow();
		expect(() => unseen({ routes: ['/tests/story', '/new-page'], message: 'unseen: /new-page' })).toThrow('unseen: /new-page');
	});
	it('is built for the tests and the bench (npm run build:test)', async () => {
		expect((await config(true)).entries).toEqual(['*']);
	});
});
