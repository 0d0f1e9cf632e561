import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_ORIGIN, resolveSiteOrigin, siteOriginNotice } from './site-origin.js';
import { siteRoot, PLACEHOLDER_ORIGIN } from './embed/site';

describe('the site origin setting', () => {
	it('defaults to the local server of `npm start`, and says so loudly', () => {
		const site = resolveSiteOrigin(undefined);
		expect(site).toEqual({ origin: 'http://127.0.0.1:4173', configured: false });
		expect(siteOriginNotice(site)).toMatch(/SITE_ORIGIN is not set: .* point at http:\/\/127\.0\.0\.1:4173/);
		expect(siteOriginNotice(resolveSiteOrigin(' '))).not.toBeNull();
	});
	it('takes an http(s) origin, normalised, and is quiet then', () => {
		const site = resolveSiteOrigin('https://Maps.Example.org:8443/');
		expect(site).toEqual({ origin: 'https://maps.example.org:8443', configured: true });
		expect(siteOriginNotice(site)).toBeNull();
	});
	it.each(['maps.example.org', 'ftp://example.org', 'https://example.org/news', 'https://example.org/?a=1', 'https://u:p@example.org'])(
		'refuses %s with a message that says what to write',
		(v) => expect(() => resolveSiteOrigin(v)).toThrow(/SITE_ORIGIN/)
	);
	it('makes every root absolute, even where the prerenderer knows no origin', () => {
		expect(siteRoot(new URL(`${PLACEHOLDER_ORIGIN}/stories/x/`), '')).toBe(DEFAULT_SITE_ORIGIN);
		expect(siteRoot(new URL('https://maps.example.org/news/stories/x/'), '/news')).toBe('https://maps.example.org/news');
		expect(siteRoot(new URL('https://maps.example.org/stories/x/'), '../..')).toBe('https://maps.example.org');
	});
});
