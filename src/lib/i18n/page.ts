/**
 * The page's locale, wherever code runs, for the components' Intl formatting and links.
 *
 * - On the server (prerender, the Node build) the handle hook (`./server.ts`) runs each
 *   request inside its locale and installs the reader below (`setLocaleReader`); it points
 *   Paraglide's `getLocale` at the same reader.
 * - In a browser the locale is the document's: `<html lang>` is written by the server for
 *   the page's address, so SvelteKit's client and the embed's own client (which has no
 *   router) agree with the HTML they hydrate, under any base path. A build's message
 *   functions read the one language the page loaded (`./loaded.ts`), so Paraglide's
 *   runtime is not in the browser at all; `vite dev` keeps it (its URL strategy).
 *
 * A language is changed by loading the other language's address, never in place: a page
 * holds one language's messages (docs/i18n.md, "Budgets").
 */
import { DEFAULT_LOCALE, localizePath, matchLocale, type Locale } from './locales';

let reader: () => Locale = () =>
	typeof document === 'undefined' ? DEFAULT_LOCALE : (matchLocale(document.documentElement.lang) ?? DEFAULT_LOCALE);

export function setLocaleReader(read: () => Locale): void {
	reader = read;
}

export function pageLocale(): Locale {
	return reader();
}

/** A path of the site (with `base`) in the page's language: `/stories/x/` → `/fr/stories/x/`. */
export function localHref(path: string, base = ''): string {
	return localizePath(path, pageLocale(), base);
}

/**
 * The site's base as an absolute path ("" or "/news"), for reading a page's own address.
 * SvelteKit's `base` is relative while a page renders on the server ("../.." from
 * /fr/stories/x/: the build works from any folder), absolute in the browser.
 */
export function absoluteBase(base: string, url: URL): string {
	return new URL(`${base}/`, url).pathname.replace(/\/$/, '');
}

/** The page's own path in another language, relative to `base` as the page's other links are. */
export function pageInLocale(url: URL, locale: Locale, base: string): string {
	const abs = absoluteBase(base, url);
	return `${base}${localizePath(url.pathname, locale, abs).slice(abs.length)}`;
}
