/**
 * npm run --silent geoparse -- [--max-size <MB>] <file>...   (standard input when no file is given)
 *
 * Prints one JSON line per toponym on stdout:
 * {"doc","start","end","text","name","lat","lon","geonameid","country","type"}
 * where start/end are JavaScript string offsets into the file's text decoded as UTF-8.
 * Errors go to stderr; the exit code is non-zero when any file failed, after all files ran.
 * A file over --max-size (10 MB by default; 0: no limit) is refused without being read.
 */
import { loadGazetteer } from '../src/lib/ingest/gazetteer';
import { geoparse } from '../src/lib/ingest/geoparse';
import { checkText, parseMaxSize, readText, type ReadResult } from '../src/lib/ingest/read';

/** Standard input, stopping one byte past the limit (enough to say it is too large). */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	let n = 0;
	for await (const chunk of process.stdin) {
		chunks.push(chunk as Buffer);
		n += (chunk as Buffer).length;
		if (maxBytes > 0 && n > maxBytes) break;
	}
	return Buffer.concat(chunks);
}

async function main(): Promise<number> {
	const args = process.argv.slice(2).filter((a) => a !== '--');
	if (args.includes('--help') || args.includes('-h')) {
		process.stdout.write('usage: npm run --silent geoparse -- [--max-size <MB>] [file...]   (reads standard input when no file)\n');
		return 0;
	}
	const m = args.findIndex((a) => a === '--max-size' || a.startsWith('--max-size='));
	const maxBytes = parseMaxSize(m < 0 ? undefined : args[m]!.includes('=') ? args[m]!.slice(11) : (args[m + 1] ?? ''));
	if (typeof maxBytes === 'string') {
		process.stderr.write(`geoparse: ${maxBytes}\n`);
		return 2;
	}
	if (m >= 0) args.splice(m, args[m]!.includes('=') ? 1 : 2);
	const inputs: Array<() => Promise<ReadResult>> = args.length
		? args.map((p) => async () => readText(p, maxBytes))
		: [async () => checkText('-', await readStdin(maxBytes), maxBytes)];
	const gaz = loadGazetteer();
	let failed = 0;
	for (const get of inputs) {
		const r = await get();
		if (!r.ok) {
			process.stderr.write(`geoparse: ${r.error}\n`);
			failed++;
			continue;
		}
		const toponyms = geoparse(r.text, gaz);
		if (!toponyms.length) process.stderr.write(`geoparse: ${r.path}: no places found\n`);
		const lines = toponyms.map((t) =>
			JSON.stringify({
				doc: r.path,
				start: t.start,
				end: t.end,
				text: t.text,
				name: t.name,
				lat: t.lat,
				lon: t.lon,
				geonameid: t.geonameid,
				country: t.country || null,
				type: t.type
			})
		);
		if (lines.length) process.stdout.write(lines.join('\n') + '\n');
	}
	return failed ? 1 : 0;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(e: unknown) => {
		process.stderr.write(`geoparse: ${(e as Error).stack ?? String(e)}\n`);
		process.exitCode = 2;
	}
);
