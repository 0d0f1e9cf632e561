/**
 * The site's absolute root (origin + base path), for links other sites use: oEmbed, the embed
 * snippet. A prerendered page knows its origin from the build (kit.prerender.origin, which
 * svelte.config.js sets from the one setting in $lib/site-origin.js: SITE_ORIGIN, or the local
 * server of `npm start`); in a browser or on the Node server it is the request's. Every link
 * is absolute: a root-relative one, pasted on another site, points into that site.
 */
import { DEFAULT_SITE_ORIGIN } from '$lib/site-origin.js';

export const PLACEHOLDER_ORIGIN = 'http://sveltekit-prerender';

/** `basePath` may be relative while prerendering (paths.relative): resolve it against the page. */
export function siteRoot(url: URL, basePath: string): string {
	const path = new URL(`${basePath}/`, url).pathname.replace(/\/$/, '');
	return `${url.origin === PLACEHOLDER_ORIGIN ? DEFAULT_SITE_ORIGIN : url.origin}${path}`;
}
