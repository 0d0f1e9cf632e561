/**
 * npm run --silent geoparse -- <file>...   (standard input when no file is given)
 *
 * Prints one JSON line per toponym on stdout:
 * {"doc","start","end","text","name","lat","lon","geonameid","country","type"}
 * where start/end are JavaScript string offsets into the file's text decoded as UTF-8.
 * Errors go to stderr; the exit code is non-zero when any file failed, after all files ran.
 */
import { loadGazetteer } from '../src/lib/ingest/gazetteer';
import { geoparse } from '../src/lib/ingest/geoparse';
import { checkText, readText, type ReadResult } from '../src/lib/ingest/read';

async function readStdin(): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

async function main(): Promise<number> {
	const args = process.argv.slice(2).filter((a) => a !== '--');
	if (args.includes('--help') || args.includes('-h')) {
		process.stdout.write('usage: npm run --silent geoparse -- [file...]   (reads standard input when no file)\n');
		return 0;
	}
	const inputs: Array<() => Promise<ReadResult>> = args.length
		? args.map((p) => async () => readText(p))
		: [async () => checkText('-', await readStdin())];
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
