import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as compiled from '../src/lib/paraglide/messages.js';
import * as registry from '../src/lib/paraglide/registry.js';
import { LOCALES } from '../src/lib/i18n/locales';
import { definition, localeModule, memoisedRegistry, stubModule } from './vite-i18n';
import { localeOf } from './budget';

const DIR = 'src/lib/paraglide/messages';
const keys = readdirSync(DIR).filter((f) => f.endsWith('.js') && f !== '_index.js').map((f) => f.slice(0, -3));

/** A language's chunk, evaluated here: its table of functions. */
function table(locale: string): Record<string, ((i?: object) => string) & { parts?: (i?: object) => unknown[] }> {
	const code = localeModule(locale)
		.replace(/^import \* as registry from .*$/m, '')
		.replace('export default', 'return');
	return new Function('registry', code)(registry);
}

describe('one language per chunk (scripts/vite-i18n.ts)', () => {
	it('finds every language of every compiled message', () => {
		for (const key of keys) {
			const src = readFileSync(`${DIR}/${key}.js`, 'utf8');
			for (const l of LOCALES) expect(definition(src, key, l)).toMatch(new RegExp(`^const ${l}_${key} = [\\s\\S]*;$`));
		}
	});
	it('gives, per language, what Paraglide gives for that language', () => {
		const fns = compiled as unknown as Record<string, ((i?: object, o?: { locale: string }) => string) & { parts?: (i?: object, o?: { locale: string }) => unknown[] }>;
		const inputs = { count: 3, shown: '2', total: '5', place: 'Riyadh', story: 'S', title: 'T', id: 'x', number: 2, kind: 'K', date: 'D', filter: 'F', names: 'N', reason: 'R', device: 'Phone', width: 375, narrative: 'N', amount: '1', from: 'A', to: 'B', start: 'a', end: 'b', caption: 'c', outside: 'o', more: '1', rest: '2', file: 'f', status: 404, events: 'e', places: 'p', reports: 'r', type: 't', sources: 's', where: 'w', description: 'd', source: 's', title2: '' };
		for (const l of LOCALES) {
			const t = table(l);
			expect(t.__newsmapLocale).toBe(l);
			for (const key of keys) {
				expect(t[key]!(inputs), `${l} ${key}`).toBe(fns[key]!(inputs, { locale: l }));
				if (fns[key]!.parts) expect(t[key]!.parts!(inputs)).toEqual(fns[key]!.parts!(inputs, { locale: l }));
			}
		}
	});
	it('leaves the browser a stub that asks the loaded table, with parts where the message has markup', () => {
		expect(stubModule('share_close', 'const en_share_close = …')).toMatch(/export const share_close = \(inputs\) => table\(\)\.share_close\(inputs\);/);
		expect(stubModule('app_intro_body', '… parts: …')).toContain('parts:');
	});
	it('lets the budget tell a language chunk from the rest', () => {
		expect(localeOf('var n={__newsmapLocale:`fr`,actor_type_group:()=>`groupe`}')).toBe('fr');
		expect(localeOf('var n={actor_type_group:()=>`groupe`}')).toBeNull();
	});
	it('keeps one Intl formatter per class, locale and options in the registry, with the same results', () => {
		const src = readFileSync('src/lib/paraglide/registry.js', 'utf8');
		const code = memoisedRegistry(src);
		expect(code).not.toMatch(/new Intl\.(PluralRules|NumberFormat)\(/);
		const made: string[] = [];
		const Spy = (name: 'PluralRules' | 'NumberFormat') =>
			class extends (Intl[name] as unknown as new (l: string, o?: object) => object) {
				constructor(l: string, o?: object) {
					super(l, o);
					made.push(`${name} ${l}`);
				}
			};
		const intl = { ...Intl, PluralRules: Spy('PluralRules'), NumberFormat: Spy('NumberFormat') };
		const mod = new Function('Intl', code.replace(/export function/g, 'function') + '\nreturn { plural, number };')(intl) as typeof registry;
		for (const n of [1, 2, 5, 21, 1, 2]) {
			for (const l of ['en', 'ru', 'ar']) {
				expect(mod.plural(l as never, n)).toBe(registry.plural(l as never, n));
				expect(mod.number(l as never, n * 1000)).toBe(registry.number(l as never, n * 1000));
			}
		}
		expect(mod.number('en' as never, 0.5, { style: 'percent' })).toBe('50%');
		// Six formatters for three languages, plus the percent one: not one per call.
		expect(made.sort()).toEqual(['NumberFormat ar', 'NumberFormat en', 'NumberFormat en', 'NumberFormat ru', 'PluralRules ar', 'PluralRules en', 'PluralRules ru']);
	});
});
