/**
 * The page's language's messages, in the browser builds (scripts/vite-i18n.ts): each message
 * function there asks `table()`, and `loadMessages` fetches the language's chunk once, before
 * the page hydrates. A language is one chunk (about 8 kB gzip); the others are never loaded.
 */
import type { Locale } from './locales';

type Table = Record<string, ((inputs?: object) => string) & { parts?: (inputs?: object) => unknown[] }>;

// One import per language, written out, so the bundler makes one chunk of each.
const LOADERS: Record<Locale, () => Promise<{ default: Table }>> = {
	en: () => import('virtual:newsmap-locale/en'),
	fr: () => import('virtual:newsmap-locale/fr'),
	de: () => import('virtual:newsmap-locale/de'),
	uk: () => import('virtual:newsmap-locale/uk'),
	ru: () => import('virtual:newsmap-locale/ru'),
	ar: () => import('virtual:newsmap-locale/ar')
};

let current: Table | null = null;

export function table(): Table {
	if (!current) throw new Error('A message was asked for before the page loaded its language (see $lib/i18n/loaded.ts)');
	return current;
}

export async function loadMessages(locale: Locale): Promise<void> {
	current = (await LOADERS[locale]()).default;
}
