/**
 * `npm run check:stories`: validates every story in geo/stories against the schema, the
 * report texts and its own references. Prints each fault as `file: $.json.path: message`
 * and exits 1 when there is any, so the build stops before a broken story ships.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJson, validateStory, formatFault } from '../src/lib/story/validate';
import { reportIndex } from '../src/lib/story/schema';

const dir = process.argv[2] ?? 'geo';
const reportsDir = join(dir, 'reports');
const reports = new Map<string, string>();
for (const f of readdirSync(reportsDir).filter((f) => f.endsWith('.txt'))) {
	reports.set(f, readFileSync(join(reportsDir, f), 'utf8'));
}

let faults = 0;
const indexFile = join(reportsDir, 'index.json');
const index = parseJson(indexFile, readFileSync(indexFile, 'utf8'));
if (!index.ok) {
	index.faults.forEach((f) => console.error(formatFault(f)));
	faults += index.faults.length;
} else {
	const parsed = reportIndex.safeParse(index.value);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) console.error(`${indexFile}: $.${issue.path.join('.')}: ${issue.message}`);
		faults += parsed.error.issues.length;
	} else {
		for (const r of parsed.data.reports) {
			if (!reports.has(r.file)) {
				console.error(`${indexFile}: report ${r.file} has no text file`);
				faults++;
			}
		}
		for (const f of reports.keys()) {
			if (!parsed.data.reports.some((r) => r.file === f)) {
				console.error(`${indexFile}: ${f} is not listed (its date is unknown)`);
				faults++;
			}
		}
	}
}

const storiesDir = join(dir, 'stories');
const files = readdirSync(storiesDir).filter((f) => f.endsWith('.json'));
for (const f of files) {
	const file = join(storiesDir, f);
	const json = parseJson(file, readFileSync(file, 'utf8'));
	const result = json.ok ? validateStory(file, json.value, reports) : json;
	if (!result.ok) {
		result.faults.forEach((fault) => console.error(formatFault(fault)));
		faults += result.faults.length;
		continue;
	}
	const s = result.story;
	if (`${s.slug}.json` !== f) {
		console.error(`${file}: $.slug: slug "${s.slug}" does not match the file name`);
		faults++;
		continue;
	}
	console.log(`${file}: ok — ${s.places.length} places, ${s.actors.length} actors, ${s.events.length} events, ${s.scenes.length} scenes`);
}
if (faults) {
	console.error(`\n${faults} fault${faults === 1 ? '' : 's'} in story data.`);
	process.exit(1);
}
