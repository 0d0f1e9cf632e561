/**
 * `npm run check:stories [-- <dir>]`: validates every story in <dir>/stories (geo/ by default)
 * against the schema, the report texts and its own references. Prints each fault as
 * `file: $.json.path: message`, and every I/O or encoding fault (a missing folder or index, a
 * folder where a file should be, a byte that is not UTF-8) as one line naming the file; exits 1
 * when there is any, so the build stops before a broken story ships. Never a stack trace.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseJson, validateStory, formatFault } from '../src/lib/story/validate';
import { reportIndex } from '../src/lib/story/schema';
import { decodeOrLocate } from '../src/lib/ingest/read';

let faults = 0;
const fault = (line: string) => {
	console.error(line);
	faults++;
};

function why(e: unknown): string {
	const code = (e as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file or folder';
	if (code === 'EISDIR') return 'is a folder, not a file';
	if (code === 'ENOTDIR') return 'is a file, not a folder';
	if (code === 'EACCES') return 'permission denied';
	return (e as Error).message;
}

/** A file's text, decoded strictly as UTF-8, or null after printing why it cannot be had. */
function readUtf8(file: string): string | null {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (e) {
		fault(`${file}: cannot read (${why(e)})`);
		return null;
	}
	const text = decodeOrLocate(bytes);
	if (!text.ok) {
		fault(`${file}: ${text.error}`);
		return null;
	}
	return text.text;
}

/** The names in a folder ending in `ext` that are files (a folder named x.json is a fault). */
function filesIn(dir: string, ext: string, what: string): string[] | null {
	let names: string[];
	try {
		names = readdirSync(dir).filter((f) => f.endsWith(ext)).sort();
	} catch (e) {
		fault(`${dir}: cannot list the ${what} (${why(e)})`);
		return null;
	}
	return names.filter((f) => {
		try {
			if (statSync(join(dir, f)).isFile()) return true;
			fault(`${join(dir, f)}: is not a file (a ${what.replace(/s$/, '')} must be a ${ext} file)`);
		} catch (e) {
			fault(`${join(dir, f)}: cannot read (${why(e)})`);
		}
		return false;
	});
}

const dir = process.argv[2] ?? 'geo';
const reportsDir = join(dir, 'reports');
const reports = new Map<string, string>();
for (const f of filesIn(reportsDir, '.txt', 'reports') ?? []) {
	const text = readUtf8(join(reportsDir, f));
	if (text !== null) reports.set(f, text);
}

const indexFile = join(reportsDir, 'index.json');
const indexText = readUtf8(indexFile);
const index = indexText === null ? null : parseJson(indexFile, indexText);
if (index && !index.ok) {
	index.faults.forEach((f) => fault(formatFault(f)));
} else if (index) {
	const parsed = reportIndex.safeParse(index.value);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) fault(`${indexFile}: $.${issue.path.join('.')}: ${issue.message}`);
	} else {
		for (const r of parsed.data.reports) {
			if (!reports.has(r.file)) fault(`${indexFile}: report ${r.file} has no text file`);
			// A citation names the outlet; where the report names none, the index says so.
			if (!r.publisher && !r.publisherBasis) fault(`${indexFile}: report ${r.file} has no publisher, and no publisherBasis saying that it names none`);
		}
		for (const f of reports.keys()) {
			if (!parsed.data.reports.some((r) => r.file === f)) fault(`${indexFile}: ${f} is not listed (its date is unknown)`);
		}
	}
}

const storiesDir = join(dir, 'stories');
for (const f of filesIn(storiesDir, '.json', 'stories') ?? []) {
	const file = join(storiesDir, f);
	const text = readUtf8(file);
	if (text === null) continue;
	const json = parseJson(file, text);
	const result = json.ok ? validateStory(file, json.value, reports) : json;
	if (!result.ok) {
		result.faults.forEach((f) => fault(formatFault(f)));
		continue;
	}
	const s = result.story;
	if (`${s.slug}.json` !== f) {
		fault(`${file}: $.slug: slug "${s.slug}" does not match the file name`);
		continue;
	}
	console.log(`${file}: ok — ${s.places.length} places, ${s.actors.length} actors, ${s.events.length} events, ${s.scenes.length} scenes`);
}
if (faults) {
	console.error(`\n${faults} fault${faults === 1 ? '' : 's'} in story data.`);
	process.exit(1);
}
