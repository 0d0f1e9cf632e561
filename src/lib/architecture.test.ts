/**
 * The layers' import rules (ARCHITECTURE.md): data flows geo → story/kinds → map, overlays →
 * app → routes, and no import goes back up or sideways between map/ and overlays/, or between
 * server/ and embed/. Read from the sources, so a new import that breaks a rule fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...files(path));
		else if (/\.(ts|svelte|js)$/.test(name) && !/\.test\.ts$/.test(name)) out.push(path);
	}
	return out;
}

/** The modules a file imports, as `$lib/<dir>/…` or a path relative to the repository. */
function imports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const out: string[] = [];
	for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
		const spec = (m[1] ?? m[2])!;
		if (spec.startsWith('$lib/')) out.push(`src/lib/${spec.slice(5)}`);
		else if (spec.startsWith('.')) out.push(join(file, '..', spec));
	}
	return out;
}

const rules: Array<{ from: RegExp; not: RegExp; why: string }> = [
	{ from: /^src\/lib\/geo\//, not: /^src\/lib\/(?!geo\/)/, why: 'geo/ is pure geometry: it imports nothing of the app' },
	{ from: /^src\/lib\/kinds\/(?!ingest-rules\.ts$)(?!.*\.ingest\.ts$)/, not: /^src\/lib\/(map|overlays|app|panel|server|embed|ingest)\//, why: 'a kind is drawn from geo/ and story fields only' },
	// A kind's drafting rules (`<kind>.ingest.ts`) are the ingest's side of the kind: they read
	// sentences with the ingest's tools, and only the ingest imports them.
	{ from: /^src\/lib\/kinds\/(?!ingest-rules\.ts$)(?!.*\.ingest\.ts$)/, not: /^src\/lib\/kinds\/.*(\.ingest|ingest-rules)$/, why: 'the app does not bundle the drafting rules' },
	{ from: /^src\/lib\/(?!ingest\/|kinds\/)/, not: /^src\/lib\/kinds\/.*(\.ingest|ingest-rules)$/, why: 'the app does not bundle the drafting rules' },
	{ from: /^src\/lib\/story\//, not: /^src\/lib\/(map|overlays|app|panel|server|embed)\//, why: 'the model knows nothing of how it is shown' },
	{ from: /^src\/lib\/map\//, not: /^src\/lib\/overlays\//, why: 'map/ and overlays/ meet in app/' },
	{ from: /^src\/lib\/overlays\//, not: /^src\/lib\/map\//, why: 'map/ and overlays/ meet in app/' },
	{ from: /^src\/lib\/embed\//, not: /^src\/lib\/server\//, why: 'server/ uses embed/, not the other way' },
	{ from: /^scripts\//, not: /^tests\//, why: 'scripts do not import tests' }
];

describe('import rules', () => {
	it('hold for every source file', () => {
		const broken: string[] = [];
		for (const file of [...files('src'), ...files('scripts')])
			for (const target of imports(file))
				for (const r of rules) if (r.from.test(file) && r.not.test(target)) broken.push(`${file} → ${target}: ${r.why}`);
		expect(broken).toEqual([]);
	});
});
