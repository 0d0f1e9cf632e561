/**
 * What the messages will weigh in a page, before the components use them: bundles an entry
 * that calls every message (the worst case: a page that shows all of them) and prints its
 * gzip size, built two ways:
 *   - as the site compiles them (src/lib/paraglide): each message function holds all six
 *     languages, whichever one the page shows;
 *   - one language alone (a project with that locale only): what a per-locale build (the
 *     embed client built once per language, docs/i18n.md) would ship.
 * And the embed's share of the messages. Run: `npm run bench:i18n` (it compiles six
 * projects through npx, a minute or two). Figures only; the budgets stay in scripts/budget.ts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { LOCALES } from '../src/lib/i18n/locales';

const root = process.cwd();
const keys = Object.keys(JSON.parse(readFileSync('messages/en.json', 'utf8')) as Record<string, unknown>).filter((k) => k !== '$schema');

/** Compiles the messages of one locale alone into `dir`/paraglide, through a copy of the project. */
function compileAlone(dir: string, locale: string) {
	const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as Record<string, unknown>;
	mkdirSync(join(dir, 'project.inlang'), { recursive: true });
	mkdirSync(join(dir, 'messages'), { recursive: true });
	cpSync(`messages/${locale}.json`, join(dir, 'messages', `${locale}.json`));
	const modules = (settings.modules as string[]).map((m) => join(root, m));
	writeFileSync(join(dir, 'project.inlang/settings.json'), JSON.stringify({ ...settings, baseLocale: locale, locales: [locale], modules }));
	execFileSync('npx', ['-y', '@inlang/paraglide-js@2.25.4', 'compile', '--project', './project.inlang', '--outdir', './paraglide', '--silent'], { cwd: dir, stdio: 'inherit' });
}

async function bundle(dir: string, only?: string[]): Promise<number> {
	const used = only ?? keys;
	const entry = join(dir, 'entry.js');
	writeFileSync(entry, `import * as m from './paraglide/messages.js';\nexport const all = [${used.map((k) => `m.${k}`).join(', ')}];\n`);
	const out = await build({
		configFile: false,
		logLevel: 'silent',
		root: dir,
		build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['es'], fileName: 'x' }, rollupOptions: { treeshake: true } }
	});
	const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
	return outputs.reduce((sum, c) => sum + ('code' in c ? gzipSync(c.code, { level: 9 }).length : 0), 0);
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const work = mkdtempSync(join(tmpdir(), 'i18n-cost-'));
try {
	cpSync('src/lib/paraglide', join(work, 'all/paraglide'), { recursive: true });
	const all = await bundle(join(work, 'all'));
	console.log(`${keys.length} messages, all six languages in each function: ${kb(all)} gzip`);
	const embedKeys = keys.filter((k) => /^(?:embed_|legend_|timeline_|kind_|status_|mark_|place_mark|overlay_|app_details|app_close|event_|place_kicker|place_events|place_named|source_|figure_|date_|route_|map_|basemap_)/.test(k));
	console.log(`  the embed's share (${embedKeys.length} messages: key, timeline, marks, panels, notices): ${kb(await bundle(join(work, 'all'), embedKeys))} gzip`);
	for (const l of LOCALES) {
		compileAlone(join(work, l), l);
		console.log(`  ${l} alone: ${kb(await bundle(join(work, l)))} gzip`);
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
