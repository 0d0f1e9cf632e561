/**
 * Writes the benchmark stories to tmp/bench/ (gitignored; never part of build/), where the harness page
 * /tests/story/?story=<name> loads them: the flagship, and seeded synthetic stories of
 * 1,000, 10,000 and 50,000 events. Each is validated first, exactly as the build validates
 * geo/stories, so the page shows what a real story of that size would show.
 *   npx tsx scripts/bench/stories.ts [sizes…]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { syntheticStory } from '../../src/lib/story/synthetic';
import { formatFault, validateStory } from '../../src/lib/story/validate';

export const SIZES = [1000, 10_000, 50_000];
export const OUT = 'tmp/bench';

export function reportTexts(): Map<string, string> {
	return new Map(readdirSync('geo/reports').filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(`geo/reports/${f}`, 'utf8')]));
}

/** Writes one story file and returns its harness name. */
export function writeStory(name: string, value: unknown, reports = reportTexts()): string {
	const v = validateStory(`${OUT}/${name}.json`, value, reports);
	if (!v.ok) throw new Error(`generated story ${name} is invalid:\n${v.faults.slice(0, 5).map(formatFault).join('\n')}`);
	mkdirSync(OUT, { recursive: true });
	writeFileSync(`${OUT}/${name}.json`, JSON.stringify(value));
	return name;
}

export function writeBenchStories(sizes = SIZES): { name: string; events: number }[] {
	const reports = reportTexts();
	const flagship = JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8'));
	const out = [{ name: writeStory('flagship', flagship, reports), events: flagship.events.length as number }];
	for (const n of sizes) out.push({ name: writeStory(`synthetic-${n}`, syntheticStory(reports, { events: n, seed: 7 }), reports), events: n });
	return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
	for (const s of writeBenchStories(sizes.length ? sizes : SIZES)) console.log(`${OUT}/${s.name}.json: ${s.events} events`);
}
