/**
 * The locale of a request on the server: from the path prefix (`/fr/…`), else English. A
 * prerendered page has no query and no reader, so nothing else can choose it at build time
 * (`lang=` and the browser's preference are handled in the browser: see docs/i18n.md).
 * Each request renders inside its own locale (AsyncLocalStorage: the prerenderer renders
 * pages concurrently), and `<html lang dir>` is written into the page.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { DEFAULT_LOCALE, dir, splitLocalePath, type Locale } from './locales';
import { absoluteBase, setLocaleReader } from './page';

const store = new AsyncLocalStorage<Locale>();
const read = () => store.getStore() ?? DEFAULT_LOCALE;
setLocaleReader(read);
overwriteGetLocale(read);

export const handleLocale: Handle = ({ event, resolve }) => {
	const locale = splitLocalePath(event.url.pathname, absoluteBase(base, event.url)).locale ?? DEFAULT_LOCALE;
	return store.run(locale, () =>
		resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%newsmap.lang%', locale).replace('%newsmap.dir%', dir(locale))
		})
	);
};
