/**
 * The message catalogues (messages/*.json): every message in all six languages, with the
 * same placeholders and markup tags, the plural forms each language needs, and the
 * typography of each; and the compiled functions ($lib/paraglide) agree with the files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as m from '$lib/paraglide/messages.js';
import { locales as compiledLocales, baseLocale } from '$lib/paraglide/runtime.js';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';
import { pluralCategories } from './format';

type Variant = { declarations?: string[]; selectors?: string[]; match: Record<string, string> };
type Value = string | Variant[];
type Catalogue = Record<string, Value>;

const read = (l: string): Catalogue => {
	const { $schema: _, ...messages } = JSON.parse(readFileSync(`messages/${l}.json`, 'utf8')) as Catalogue & { $schema?: string };
	return messages;
};
const catalogues = Object.fromEntries(LOCALES.map((l) => [l, read(l)])) as Record<Locale, Catalogue>;
const keys = Object.keys(catalogues.en);

/** The texts of a message: one, or one per variant. */
function texts(v: Value): string[] {
	return typeof v === 'string' ? [v] : v.flatMap((x) => Object.values(x.match));
}
/** Local variables a message declares (not inputs: each language may name its own). */
function locals(v: Value): Set<string> {
	if (typeof v === 'string') return new Set();
	return new Set(v.flatMap((x) => x.declarations ?? []).flatMap((d) => /^local (\w+)/.exec(d)?.[1] ?? []));
}
/** What a caller passes and what a renderer must know: input names and markup tag names. */
function signature(v: Value) {
	const own = locals(v);
	const inputs = new Set<string>();
	const tags = new Set<string>();
	if (typeof v !== 'string')
		for (const d of v.flatMap((x) => x.declarations ?? [])) {
			const input = /^input (\w+)/.exec(d)?.[1];
			if (input) inputs.add(input);
		}
	for (const t of texts(v)) {
		for (const [, name] of t.matchAll(/\{(\w+)\}/g)) if (!own.has(name!)) inputs.add(name!);
		for (const [, name] of t.matchAll(/\{[#/](\w+)\/?\}/g)) tags.add(name!);
	}
	return { inputs: [...inputs].sort(), tags: [...tags].sort() };
}

describe('message catalogues', () => {
	it('are for the locales the compiler was given, English first', () => {
		const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as { baseLocale: string; locales: string[] };
		expect(settings.locales).toEqual([...LOCALES]);
		expect(settings.baseLocale).toBe(DEFAULT_LOCALE);
		expect([...compiledLocales]).toEqual([...LOCALES]);
		expect(baseLocale).toBe(DEFAULT_LOCALE);
		expect(keys.length).toBeGreaterThan(150);
	});

	it.each(LOCALES)('%s has every message and no other', (l) => {
		const own = Object.keys(catalogues[l]);
		expect(keys.filter((k) => !own.includes(k)), 'missing').toEqual([]);
		expect(own.filter((k) => !keys.includes(k)), 'unknown').toEqual([]);
		for (const k of own) for (const t of texts(catalogues[l][k]!)) expect(t.trim(), `${l}.${k} is empty`).not.toBe('');
	});

	it.each(LOCALES.filter((l) => l !== 'en'))('%s takes the same placeholders and markup as English', (l) => {
		const differ = keys.filter((k) => JSON.stringify(signature(catalogues[l][k]!)) !== JSON.stringify(signature(catalogues.en[k]!)));
		expect(differ.map((k) => `${k}: en ${JSON.stringify(signature(catalogues.en[k]!))}, ${l} ${JSON.stringify(signature(catalogues[l][k]!))}`)).toEqual([]);
	});

	it('keys are stable snake_case names', () => {
		for (const k of keys) expect(k).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
	});

	// A plural message gives each category the language's integers fall in, `*` standing for
	// "other". French's "many" is only for exact millions in compact notation ("1 million
	// d'événements"); the digits' form ("1 000 000 événements") is its `*`.
	it.each(LOCALES)('%s: plural messages have the forms the language needs', (l) => {
		const needed = pluralCategories(l).filter((c) => c !== 'other' && !(l === 'fr' && c === 'many'));
		const gaps: string[] = [];
		for (const k of keys) {
			const v = catalogues[l][k]!;
			if (typeof v === 'string') continue;
			for (const variant of v) {
				const selector = variant.selectors?.[0];
				const plural = selector && variant.declarations?.some((d) => new RegExp(`^local ${selector} = \\w+: plural`).test(d));
				if (!plural) continue;
				const have = new Set(Object.keys(variant.match).map((x) => x.split('=')[1]));
				if (!have.has('*')) gaps.push(`${k}: no catch-all`);
				for (const c of needed) if (!have.has(c)) gaps.push(`${k}: ${c}`);
			}
		}
		expect(gaps).toEqual([]);
	});
});

describe('typography', () => {
	const all = (l: Locale) => keys.flatMap((k) => texts(catalogues[l][k]!).map((t) => [k, t] as const));

	it('French: no-break space before : ; ! ? and inside « »', () => {
		for (const [k, t] of all('fr')) {
			const plain = t.replace(/\{[^}]*\}/g, 'X');
			expect(plain, k).not.toMatch(/[^\u00a0\u202f](?<!https?)[;:!?](?=\s|$)/);
			expect(plain, k).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/);
			expect(plain, k).not.toMatch(/["“”]/);
			expect(plain, k).not.toMatch(/'/);
		}
	});

	it('German: „…“ quotation marks', () => {
		for (const [k, t] of all('de')) expect(t, k).not.toMatch(/["”«»]|“[^„]*“/);
	});

	it.each(['uk', 'ru'] as const)('%s: « » quotation marks, formal address', (l) => {
		for (const [k, t] of all(l)) {
			expect(t, k).not.toMatch(/["“”„]/);
			// Informal imperatives and pronouns a newsroom would not print.
			expect(t, k).not.toMatch(l === 'ru' ? /(?:^|\s)(?:ты|тебя|твой|выбери|открой)(?=\s|[.,:;!?]|$)/i : /(?:^|\s)(?:ти|тебе|твій|вибери|відкрий)(?=\s|[.,:;!?]|$)/i);
		}
	});

	it('Arabic: Arabic comma, semicolon and question mark; no Latin ones between Arabic words', () => {
		for (const [k, t] of all('ar')) {
			expect(t, k).not.toMatch(/\p{Script=Arabic}[,;?]/u);
			expect(t, k).not.toMatch(/["“”]/);
		}
	});
});

describe('compiled messages', () => {
	const fns = m as unknown as Record<string, ((inputs?: object, options?: { locale?: Locale }) => string) & { parts?: unknown }>;

	it('export a function for every message (the message-format plugin loaded)', () => {
		expect(keys.filter((k) => typeof fns[k] !== 'function')).toEqual([]);
		expect(Object.keys(fns).filter((k) => k !== 'm' && !keys.includes(k))).toEqual([]);
	});

	// The compiled output is committed (docs/i18n.md: compiling needs 600 MB of tooling that
	// CI should not install). An edit to messages/*.json without `npm run i18n` fails here.
	it.each(LOCALES)('are compiled from the current catalogues (%s; else run npm run i18n)', (l) => {
		const stale: string[] = [];
		for (const k of keys) {
			const v = catalogues[l][k]!;
			if (typeof v === 'string') {
				const names = Object.fromEntries(signature(v).inputs.map((n) => [n, `{${n}}`]));
				const want = v.replace(/\{[#/]\w+\/?\}/g, '');
				if (fns[k]!(names, { locale: l }) !== want) stale.push(k);
			} else {
				const source = readFileSync(`src/lib/paraglide/messages/${k}.js`, 'utf8');
				const fragments = texts(v).flatMap((t) => t.split(/\{[^}]*\}/)).filter((s) => s.trim());
				if (!fragments.every((f) => source.includes(f))) stale.push(k);
			}
		}
		expect(stale).toEqual([]);
	});

	it('English reads as the interface does today', () => {
		expect(m.filters_summary({ shown: '3', total: '12' }, { locale: 'en' })).toBe('3 of 12 events shown');
		expect(m.present_announcement({ number: '2', count: '7', title: 'T', narrative: 'N.' }, { locale: 'en' })).toBe('Scene 2 of 7: T. N.');
		expect(m.search_results_count({ count: 1 }, { locale: 'en' })).toBe('1 result');
		expect(m.search_results_count({ count: 3 }, { locale: 'en' })).toBe('3 results');
		expect(m.app_intro_body({ count: 5 }, { locale: 'en' })).toBe(
			'Every mark is an event stated in one of 5 news reports. Select a mark or a place — by click, tap, or Tab then Enter — to see what happened, who was involved, and the sentence that says so.'
		);
	});

	it('select plural forms by CLDR rules and format the count in the locale', () => {
		const list = (count: number, locale: Locale) => m.list_caption({ count }, { locale });
		expect([1, 2, 5, 21, 1000].map((n) => list(n, 'en'))).toEqual(['1 event', '2 events', '5 events', '21 events', '1,000 events']);
		expect([1, 2, 5, 21, 22, 25, 111].map((n) => list(n, 'ru'))).toEqual([
			'1 событие',
			'2 события',
			'5 событий',
			'21 событие',
			'22 события',
			'25 событий',
			'111 событий'
		]);
		expect([1, 3, 11, 21].map((n) => list(n, 'uk'))).toEqual(['1 подія', '3 події', '11 подій', '21 подія']);
		expect([0, 1, 2, 3, 11, 100].map((n) => list(n, 'ar'))).toEqual(['لا أحداث', 'حدث واحد', 'حدثان', '3 أحداث', '11 حدثًا', '100 حدث']);
		expect(list(0, 'fr')).toBe('0 événement');
		expect(list(12000, 'fr')).toBe('12\u202f000 événements');
		expect(list(12000, 'de')).toBe('12.000 Ereignisse');
	});

	it('keep markup for the renderer and drop it from plain text', () => {
		const parts = m.present_go_to.parts({ number: '4' }, { locale: 'fr' });
		expect(parts.filter((p) => p.type !== 'text').map((p) => `${p.type}:${'name' in p ? p.name : ''}`)).toEqual(['markup-start:kbd', 'markup-end:kbd']);
		expect(m.present_go_to({ number: '4' }, { locale: 'de' })).toBe('Zu Szene 4… Eingabe');
	});
});
