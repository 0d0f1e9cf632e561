/**
 * One language's messages per page (issue #21, docs/i18n.md "Budgets"). Paraglide compiles
 * each message into a module holding all six languages' texts, so every message a page
 * uses would ship six times. In the browser builds (the site's client and the embed's own
 * client), this plugin rewrites each message module into a stub that asks the loaded
 * language's table, and builds that table as one chunk per language
 * (`newsmap-locale-<locale>`), which the page loads before it hydrates
 * ($lib/i18n/loaded.ts: SvelteKit's client `init` hook, the embed's main.ts). The server
 * (prerender, Node build), `vite dev` and the tests keep Paraglide's modules as compiled.
 *
 * The texts come from the compiled modules themselves (each language's `const <locale>_<key>`
 * definition), so the chunk is Paraglide's own code, plural rules and markup parts included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const MESSAGES = join(ROOT, 'src/lib/paraglide/messages');
const REGISTRY = join(ROOT, 'src/lib/paraglide/registry.js');
const LOADED = join(ROOT, 'src/lib/i18n/loaded.ts');
const LOCALES = ['en', 'fr', 'de', 'uk', 'ru', 'ar'];
const PREFIX = 'virtual:newsmap-locale/';
/** A key of every language table, so a built chunk says which language it holds. */
export const LOCALE_MARKER = '__newsmapLocale';

/** The message keys and, per key, its compiled module's text. */
function messageFiles(): Map<string, string> {
	const out = new Map<string, string>();
	for (const f of readdirSync(MESSAGES).sort())
		if (f.endsWith('.js') && f !== '_index.js') out.set(f.slice(0, -3), readFileSync(join(MESSAGES, f), 'utf8'));
	return out;
}

/** One language's definition of one message, as Paraglide wrote it (`const fr_key = …;`). */
export function definition(source: string, key: string, locale: string): string {
	const start = source.indexOf(`const ${locale}_${key} = `);
	if (start < 0) throw new Error(`${key}: no ${locale} text in the compiled module (run npm run i18n)`);
	const rest = source.slice(start);
	const end = rest.search(/;\n\n(?:const |\/\*\*)/);
	if (end < 0) throw new Error(`${key}: cannot find the end of its ${locale} text`);
	return rest.slice(0, end + 1);
}

/** The chunk of one language: every message's text, as a table by key. */
export function localeModule(locale: string, files = messageFiles()): string {
	const defs = [...files].map(([key, src]) => definition(src, key, locale));
	// The marker names the chunk's language for scripts/budget.ts (chunk names are hashes).
	const table = [`${LOCALE_MARKER}: ${JSON.stringify(locale)}`, ...[...files.keys()].map((key) => `${key}: ${locale}_${key}`)].join(',\n');
	return `import * as registry from ${JSON.stringify(REGISTRY)};\n${defs.join('\n')}\nexport default {\n${table}\n};\n`;
}

/** The browser's stand-in for one message module: the loaded language's function, by key. */
export function stubModule(key: string, source: string): string {
	const call = `(inputs) => table().${key}(inputs)`;
	const body = source.includes('parts:')
		? `Object.assign(${call}, { parts: (inputs) => { const f = table().${key}; return typeof f.parts === 'function' ? f.parts(inputs) : [{ type: 'text', value: f(inputs) }]; } })`
		: call;
	return `import { table } from ${JSON.stringify(LOADED)};\nexport const ${key} = ${body};\n`;
}

/**
 * Paraglide's registry makes a new `Intl.PluralRules` / `NumberFormat` / `DateTimeFormat` /
 * `RelativeTimeFormat` at every call of a message with a plural or a number. Making one costs
 * far more than using it (locale data is looked up each time): the story page says "3
 * sources" in each mark's accessible name, and those constructors were a tenth of its
 * hydration. This keeps one formatter per class, locale and options.
 */
export function memoisedRegistry(code: string): string {
	const out = code.replace(/new Intl\.(PluralRules|NumberFormat|DateTimeFormat|RelativeTimeFormat)\(/g, '__intl(Intl.$1, ');
	if (out === code) return code;
	return `${out}
const __intlCache = new Map();
/** One formatter per class, locale and options (see scripts/vite-i18n.ts, memoisedRegistry). */
function __intl(Ctor, locale, options) {
	let byClass = __intlCache.get(Ctor);
	if (!byClass) __intlCache.set(Ctor, (byClass = new Map()));
	const key = locale + '|' + JSON.stringify(options ?? null);
	let f = byClass.get(key);
	if (!f) byClass.set(key, (f = new Ctor(locale, options)));
	return f;
}
`;
}

export function i18nLocaleChunks(): Plugin {
	let build = false;
	return {
		name: 'newsmap:i18n-locale-chunks',
		configResolved(config) {
			build = config.command === 'build';
		},
		resolveId(id) {
			if (id.startsWith(PREFIX) && LOCALES.includes(id.slice(PREFIX.length))) return `\0newsmap-locale-${id.slice(PREFIX.length)}`;
		},
		load(id) {
			if (id.startsWith('\0newsmap-locale-')) return localeModule(id.slice('\0newsmap-locale-'.length));
		},
		transform(code, id, options) {
			if (!build || (options?.ssr ?? this.environment?.config.consumer === 'server')) return;
			const file = id.split('?')[0]!;
			if (file === REGISTRY) return { code: memoisedRegistry(code), map: null };
			if (!file.startsWith(`${MESSAGES}/`) || file.endsWith('/_index.js')) return;
			const key = file.slice(MESSAGES.length + 1, -3);
			return { code: stubModule(key, code), map: null };
		}
	};
}
