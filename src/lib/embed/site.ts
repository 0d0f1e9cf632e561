/**
 * The site's absolute root (origin + base path), for links other sites use: oEmbed, the embed
 * snippet. A prerendered page only knows its origin when the build is told (SITE_ORIGIN, which
 * svelte.config.js passes to kit.prerender.origin); without it SvelteKit's placeholder origin
 * is in the URL and links fall back to root-relative ones.
 */
export const PLACEHOLDER_ORIGIN = 'http://sveltekit-prerender';

/** `basePath` may be relative while prerendering (paths.relative): resolve it against the page. */
export function siteRoot(url: URL, basePath: string): string {
	const path = new URL(`${basePath}/`, url).pathname.replace(/\/$/, '');
	return url.origin === PLACEHOLDER_ORIGIN ? path : `${url.origin}${path}`;
}
