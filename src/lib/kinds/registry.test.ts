import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, KINDS, KIND_GROUPS, LEGEND_KINDS, kindOf } from './index';
import { eventSchema } from './formats';
import { MARK_COMPONENTS } from './marks';

/** Source files of the app and its scripts, tests aside. */
function sources(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...sources(path));
		else if (/\.(ts|svelte|js)$/.test(name) && !/\.test\.ts$/.test(name)) out.push(path);
	}
	return out;
}

/**
 * Where a kind may be named: its own modules (the drafting tool's rules are
 * `kinds/<kind>.ingest.ts`), and Paraglide's compiled messages, generated from messages/*.json
 * (whose keys name the kinds whose labels they translate).
 */
const EXEMPT = [/^src\/lib\/kinds\//, /^src\/lib\/paraglide\//];

describe('the kind registry', () => {
	it('lists each kind once, each with a schema and an SVG mark', () => {
		expect(new Set(EVENT_KINDS).size).toBe(KINDS.length);
		for (const k of EVENT_KINDS) {
			expect(MARK_COMPONENTS[k], k).toBeTypeOf('function');
			expect(eventSchema.options.some((o) => o.shape.kind.value === k), k).toBe(true);
		}
		expect(eventSchema.options.length).toBe(KINDS.length);
	});
	it('puts every kind in a filter group and every group or row in the key', () => {
		const groups = new Set(KIND_GROUPS.map((g) => g.id));
		for (const k of KINDS) expect(groups.has(k.group.id)).toBe(true);
		// A kind without a row of its own shares a row with a kind of its group.
		for (const k of KINDS.filter((k) => !k.legend)) expect(LEGEND_KINDS.some((l) => l.group.id === k.group.id)).toBe(true);
	});
	it('says what it cannot find', () => {
		expect(() => kindOf('parade')).toThrow(/unknown kind of event "parade"/);
	});
	it('is the only place that names a kind', () => {
		const offenders: string[] = [];
		for (const file of [...sources('src'), ...sources('scripts'), ...sources('server')]) {
			if (EXEMPT.some((re) => re.test(file))) continue;
			const text = readFileSync(file, 'utf8');
			for (const k of EVENT_KINDS) {
				// A kind's name as a string ('meeting'), a class (kind-meeting), a comparison
				// (kind === 'meeting') or a property of a table keyed by kind (COLOUR.meeting).
				const named = new RegExp(`(['"\`])${k}\\1|kind-${k}\\b|[A-Z_]\\.${k}\\b|\\b${k}:\\s*['"#]`);
				const m = named.exec(text);
				if (m) offenders.push(`${file}: ${m[0]}`);
			}
		}
		expect(offenders).toEqual([]);
	});
});
