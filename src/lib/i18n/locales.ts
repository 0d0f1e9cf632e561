/**
 * The interface's languages and how a page picks one. Pure functions, no DOM and no
 * Paraglide runtime: the server's prerender, the embed's own client and the tests all
 * decide the same way.
 *
 * Precedence (docs/i18n.md): a locale prefix in the path (/fr/stories/…), then a `lang=`
 * parameter (the embed's option, a shared link), then the reader's preferences
 * (Accept-Language on a server, navigator.languages in a browser), then English.
 *
 * The list must match project.inlang/settings.json (the message compiler's): a test holds
 * them together.
 */

export const LOCALES = ['en', 'fr', 'de', 'uk', 'ru', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language by its own name, for a language menu (never translated: a reader looks for their own). */
export const LOCALE_NAMES: Record<Locale, string> = {
	en: 'English',
	fr: 'Français',
	de: 'Deutsch',
	uk: 'Українська',
	ru: 'Русский',
	ar: 'العربية'
};

const RTL = new Set<string>(['ar']);

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The writing direction of a locale, for `dir` on <html> and on story text. Unknown tags are read by their language subtag. */
export function dir(locale: string): 'ltr' | 'rtl' {
	return RTL.has(primary(locale)) ? 'rtl' : 'ltr';
}

function primary(tag: string): string {
	return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The supported locale for one BCP 47 tag, by its language subtag ("fr-CA" → "fr",
 * "uk-UA" → "uk", "ar-EG" → "ar"), or null. "*" and unknown languages give null.
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
	if (!tag) return null;
	const lang = primary(tag);
	return isLocale(lang) ? lang : null;
}

/**
 * An Accept-Language header's tags, most wanted first (q=0 left out; equal weights keep
 * the header's order). Malformed parts are skipped, never thrown on.
 */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
	if (!header) return [];
	const out: { tag: string; q: number; i: number }[] = [];
	header.split(',').forEach((part, i) => {
		const [rawTag, ...params] = part.trim().split(';');
		const tag = rawTag?.trim() ?? '';
		if (!tag || !/^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$|^\*$/.test(tag)) return;
		let q = 1;
		for (const p of params) {
			const m = /^\s*q\s*=\s*(.*?)\s*$/.exec(p);
			if (m) q = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(m[1]!) ? Number(m[1]) : NaN;
		}
		if (!Number.isFinite(q) || q <= 0) return;
		out.push({ tag, q: Math.min(q, 1), i });
	});
	return out.sort((a, b) => b.q - a.q || a.i - b.i).map((x) => x.tag);
}

/** The first of the reader's languages (most wanted first) that the interface speaks, or null. */
export function negotiate(preferred: readonly string[]): Locale | null {
	for (const tag of preferred) {
		const l = matchLocale(tag);
		if (l) return l;
	}
	return null;
}

/** Strips a trailing slash from a base path ("" at the site's root, as SvelteKit's `base`). */
function cleanBase(base: string): string {
	return base.replace(/\/+$/, '');
}

/**
 * The locale prefix of a path under `base` and the path without it:
 * "/fr/stories/x/" → { locale: "fr", path: "/stories/x/" }. English has no prefix, and
 * "/en/…" is not one either (one address per page). A path outside `base` is returned as
 * it is, with no locale.
 */
export function splitLocalePath(pathname: string, base = ''): { locale: Locale | null; path: string } {
	const b = cleanBase(base);
	if (b && pathname !== b && !pathname.startsWith(`${b}/`)) return { locale: null, path: pathname };
	const rest = pathname.slice(b.length) || '/';
	const m = /^\/([a-z]{2})(?=\/|$)/.exec(rest);
	const l = m ? m[1] : undefined;
	if (l && isLocale(l) && l !== DEFAULT_LOCALE) return { locale: l, path: `${b}${rest.slice(3) || '/'}` };
	return { locale: null, path: pathname };
}

/**
 * A path in a locale: "/stories/x/" in "fr" → "/fr/stories/x/" (under `base`). A path that
 * already has a prefix has it replaced; English removes it. Query and hash are kept.
 */
export function localizePath(path: string, locale: Locale, base = ''): string {
	const b = cleanBase(base);
	const cut = path.search(/[?#]/);
	const pathname = cut < 0 ? path : path.slice(0, cut);
	const suffix = cut < 0 ? '' : path.slice(cut);
	const bare = splitLocalePath(pathname, b).path;
	const rest = bare.startsWith(b) ? bare.slice(b.length) || '/' : bare;
	const prefixed = locale === DEFAULT_LOCALE ? rest : `/${locale}${rest === '/' ? '/' : rest}`;
	return `${b}${prefixed}${suffix}`;
}

export interface LocaleSources {
	/** The page's path (with the site's base). */
	pathname?: string;
	base?: string;
	/** The page's query: its `lang=` is read. */
	search?: string | URLSearchParams;
	/** The request's Accept-Language header (server). */
	acceptLanguage?: string | null;
	/** navigator.languages (browser). */
	languages?: readonly string[];
}

/** Where the locale came from, for tests and for deciding whether to redirect to a prefixed address. */
export type LocaleSource = 'path' | 'param' | 'preference' | 'default';

/** The page's locale from the sources present, in the order described at the top. */
export function resolveLocale(src: LocaleSources): { locale: Locale; source: LocaleSource } {
	if (src.pathname !== undefined) {
		const { locale } = splitLocalePath(src.pathname, src.base);
		if (locale) return { locale, source: 'path' };
	}
	if (src.search !== undefined) {
		const params = typeof src.search === 'string' ? new URLSearchParams(src.search) : src.search;
		const l = matchLocale(params.get('lang'));
		if (l) return { locale: l, source: 'param' };
	}
	const preferred = negotiate([...parseAcceptLanguage(src.acceptLanguage), ...(src.languages ?? [])]);
	if (preferred) return { locale: preferred, source: 'preference' };
	return { locale: DEFAULT_LOCALE, source: 'default' };
}

/**
 * The tag handed to Intl for a locale. English is British English as the stories are
 * written (day before month, no serial comma). Arabic is pinned to Latin digits: CLDR's
 * current default for "ar", and what Node (which prerenders) and browsers with older ICU
 * data would otherwise disagree on, giving different digits before and after hydration.
 */
export function intlLocale(locale: Locale): string {
	if (locale === 'en') return 'en-GB';
	if (locale === 'ar') return 'ar-u-nu-latn';
	return locale;
}
