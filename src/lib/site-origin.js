// The site's public origin: the one setting every absolute link handed to other sites is
// made from (the oEmbed JSON a static host serves, the discovery link, the embed snippet).
// Plain JavaScript, so svelte.config.js (which sets kit.prerender.origin from it) can import
// it without a build step.
//
// Default: the local server of the README's first command (`npm install && npm start`). A
// build for any other host must set SITE_ORIGIN, e.g. SITE_ORIGIN=https://maps.example.org
// npm run build; without it the build says so loudly, since pasted embeds would point here.

/** Where `npm start` serves the site (package.json's start script). */
export const DEFAULT_SITE_ORIGIN = 'http://127.0.0.1:4173';

/**
 * The origin from SITE_ORIGIN, checked: an http(s) origin, no path, query or fragment.
 * @param {string | undefined} value
 * @returns {{ origin: string, configured: boolean }}
 */
export function resolveSiteOrigin(value) {
	const raw = (value ?? '').trim();
	if (!raw) return { origin: DEFAULT_SITE_ORIGIN, configured: false };
	let url;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`SITE_ORIGIN must be an absolute URL such as https://maps.example.org, not "${raw}"`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SITE_ORIGIN must use http or https, not "${url.protocol}"`);
	if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
		throw new Error(`SITE_ORIGIN is an origin only (scheme, host, port), such as ${url.origin}; a base path goes in kit.paths.base`);
	}
	return { origin: url.origin, configured: true };
}

/**
 * The loud notice a build prints when SITE_ORIGIN is unset, or null when it is set.
 * @param {{ origin: string, configured: boolean }} site
 */
export function siteOriginNotice(site) {
	if (site.configured) return null;
	const bar = '!'.repeat(78);
	return [
		bar,
		`!! SITE_ORIGIN is not set: oEmbed and embed snippets point at ${site.origin},`,
		'!! the local server of `npm start`. Pasted on another site they only work while that',
		'!! server runs. For a build served anywhere else, set it, e.g.:',
		'!!     SITE_ORIGIN=https://maps.example.org npm run build',
		bar
	].join('\n');
}
