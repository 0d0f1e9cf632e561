import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, dir, intlLocale, isLocale, localizePath, LOCALE_NAMES, LOCALES, matchLocale, negotiate, parseAcceptLanguage, resolveLocale, splitLocalePath } from './locales';

describe('locales', () => {
	it('are the six languages, English the default, each named in itself', () => {
		expect([...LOCALES]).toEqual(['en', 'fr', 'de', 'uk', 'ru', 'ar']);
		expect(DEFAULT_LOCALE).toBe('en');
		expect(Object.keys(LOCALE_NAMES)).toEqual([...LOCALES]);
		expect(LOCALE_NAMES.uk).toBe('Українська');
	});

	it('Arabic alone is right to left', () => {
		expect(LOCALES.filter((l) => dir(l) === 'rtl')).toEqual(['ar']);
		expect(dir('ar-EG')).toBe('rtl');
		expect(dir('fr-CA')).toBe('ltr');
	});

	it('match a tag by its language subtag', () => {
		expect(
			[
				['fr-CA', 'fr'],
				['de_AT', 'de'],
				['UK-ua', 'uk'],
				['ru', 'ru'],
				['ar-SA', 'ar'],
				['en-US', 'en'],
				['es', null],
				['*', null],
				['', null],
				[undefined, null]
			].map(([tag]) => matchLocale(tag))
		).toEqual(['fr', 'de', 'uk', 'ru', 'ar', 'en', null, null, null, null]);
		expect(isLocale('fr')).toBe(true);
		expect(isLocale('fr-FR')).toBe(false);
		expect(isLocale(3)).toBe(false);
	});

	it('read Accept-Language by weight, keeping the order of equals and skipping junk', () => {
		expect(parseAcceptLanguage('es;q=0.9, uk-UA, ru;q=0.8, en;q=0.8, *;q=0.1')).toEqual(['uk-UA', 'es', 'ru', 'en', '*']);
		expect(parseAcceptLanguage('fr;q=0, de')).toEqual(['de']);
		expect(parseAcceptLanguage('<script>, ar;q=abc, de;q=0.5')).toEqual(['de']);
		expect(parseAcceptLanguage(null)).toEqual([]);
	});

	it('negotiate the first supported preference', () => {
		expect(negotiate(['es-ES', 'pt', 'de-CH', 'fr'])).toBe('de');
		expect(negotiate(['es', 'it'])).toBeNull();
	});
});

describe('paths', () => {
	it('split a locale prefix off a path, under a base path too', () => {
		expect(splitLocalePath('/fr/stories/x/')).toEqual({ locale: 'fr', path: '/stories/x/' });
		expect(splitLocalePath('/ar')).toEqual({ locale: 'ar', path: '/' });
		expect(splitLocalePath('/stories/x/')).toEqual({ locale: null, path: '/stories/x/' });
		// English has one address, unprefixed; "/en/" is not a prefix, nor a look-alike segment.
		expect(splitLocalePath('/en/stories/x/')).toEqual({ locale: null, path: '/en/stories/x/' });
		expect(splitLocalePath('/frog/')).toEqual({ locale: null, path: '/frog/' });
		expect(splitLocalePath('/news/de/stories/x/', '/news')).toEqual({ locale: 'de', path: '/news/stories/x/' });
		expect(splitLocalePath('/de/stories/x/', '/news')).toEqual({ locale: null, path: '/de/stories/x/' });
	});

	it('put a path in a locale, replacing any prefix, keeping query and hash', () => {
		expect(localizePath('/stories/x/', 'fr')).toBe('/fr/stories/x/');
		expect(localizePath('/fr/stories/x/?scene=2#a', 'uk')).toBe('/uk/stories/x/?scene=2#a');
		expect(localizePath('/ru/stories/x/', 'en')).toBe('/stories/x/');
		expect(localizePath('/', 'ar')).toBe('/ar/');
		expect(localizePath('/news/stories/x/embed/', 'de', '/news')).toBe('/news/de/stories/x/embed/');
		expect(localizePath('/news/de/stories/x/', 'en', '/news/')).toBe('/news/stories/x/');
		for (const l of LOCALES) expect(splitLocalePath(localizePath('/stories/x/', l, '/b'), '/b')).toEqual({ locale: l === 'en' ? null : l, path: '/b/stories/x/' });
	});
});

describe('resolveLocale', () => {
	it('path first, then lang=, then the reader’s preferences, then English', () => {
		const all = { pathname: '/de/stories/x/', search: '?lang=fr', acceptLanguage: 'ru', languages: ['uk'] };
		expect(resolveLocale(all)).toEqual({ locale: 'de', source: 'path' });
		expect(resolveLocale({ ...all, pathname: '/stories/x/' })).toEqual({ locale: 'fr', source: 'param' });
		expect(resolveLocale({ ...all, pathname: '/stories/x/', search: '?lang=xx' })).toEqual({ locale: 'ru', source: 'preference' });
		expect(resolveLocale({ languages: ['es', 'uk-UA'] })).toEqual({ locale: 'uk', source: 'preference' });
		expect(resolveLocale({ search: new URLSearchParams('lang=ar') })).toEqual({ locale: 'ar', source: 'param' });
		expect(resolveLocale({})).toEqual({ locale: 'en', source: 'default' });
	});
});

it('Intl tags: British English, Arabic with Latin digits', () => {
	expect(intlLocale('en')).toBe('en-GB');
	expect(intlLocale('ar')).toBe('ar-u-nu-latn');
	expect(intlLocale('uk')).toBe('uk');
});
