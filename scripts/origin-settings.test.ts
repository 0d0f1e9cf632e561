/**
 * The site's origin is one setting under two names: SITE_ORIGIN (the build, svelte.config.js)
 * and ORIGIN (the Node server at run time, server/config.js). Each reads its own first and
 * falls back on the other, so setting either serves both steps; neither is ever guessed.
 */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../server/config.js';

describe('the Node server’s origin', () => {
	it('is ORIGIN, else SITE_ORIGIN', () => {
		expect(readConfig({ ORIGIN: 'https://a.example' }).origin).toBe('https://a.example');
		expect(readConfig({ SITE_ORIGIN: 'https://b.example' }).origin).toBe('https://b.example');
		expect(readConfig({ ORIGIN: 'https://a.example', SITE_ORIGIN: 'https://b.example' }).origin).toBe('https://a.example');
		expect(readConfig({ ORIGIN: '  ', SITE_ORIGIN: 'http://127.0.0.1:3000' }).origin).toBe('http://127.0.0.1:3000');
	});

	it('is never a guess: neither set stops the server, naming ORIGIN', () => {
		expect(() => readConfig({})).toThrow(/^ORIGIN is not set: .*SITE_ORIGIN/);
	});

	it('names the setting it read when that one is wrong', () => {
		expect(() => readConfig({ SITE_ORIGIN: 'ftp://x.example' })).toThrow(/^SITE_ORIGIN must be an http\(s\) origin/);
		expect(() => readConfig({ ORIGIN: 'https://x.example/path' })).toThrow(/^ORIGIN must be an http\(s\) origin/);
	});
});
