/**
 * npm run ingest -- <reports...> --out <story.json> [--merge <curated story.json>] [--index geo/reports/index.json]
 *                   [--slug s] [--title t] [--date YYYY-MM-DD]
 *
 *                   [--max-size <MB>]
 *
 * Drafts a story (schema v1) from report texts. Writes the story to --out and a sidecar
 * <out>.drafts.json with {draft: true, confidence, report, start, end} per item id.
 * With --merge, the result is a proposal: the curated file's text unchanged, byte for byte, with
 * the drafted additions appended, and a review (added / changed / unchanged) printed before
 * anything is written. The curated file itself is never written: --out may not be it, nor lie
 * among the published stories (geo/stories/, where the sidecar would also break check:stories).
 * The output folder is checked before any work. A report's date comes from --index
 * (geo/reports/index.json by default), else --date, else today. Reports over --max-size
 * (10 MB by default; 0: no limit) are refused. Bad files are reported and skipped; the others
 * still count. A progress bar shows on a terminal for long runs.
 */
import { accessSync, constants, existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import cliProgress from 'cli-progress';
import { story as storySchema, reportIndex, type StoryInput } from '../src/lib/story/schema';
import { parseJson, validateStory, formatFault } from '../src/lib/story/validate';
import { loadGazetteer } from '../src/lib/ingest/gazetteer';
import { draftStory, type ReportInput } from '../src/lib/ingest/draft';
import { formatReview, mergeStories, proposalText } from '../src/lib/ingest/merge';
import { decodeOrLocate, megabytes, parseMaxSize, readText } from '../src/lib/ingest/read';

/** The published stories: a draft never lands here (an editor copies reviewed items in). */
const STORIES_DIR = fileURLToPath(new URL('../geo/stories/', import.meta.url));

const USAGE =
	'usage: npm run ingest -- <reports...> --out <story.json> [--merge <curated story.json>] [--index <index.json>] [--date YYYY-MM-DD] [--slug s] [--title t] [--max-size <MB>]\n';

function fail(message: string, code = 2): number {
	process.stderr.write(`ingest: ${message}\n`);
	return code;
}

/** The real path, following links (even of a file that does not exist yet, through its folder). */
function real(p: string): string {
	const abs = resolve(p);
	try {
		return realpathSync(abs);
	} catch {
		try {
			return join(realpathSync(dirname(abs)), basename(abs));
		} catch {
			return abs;
		}
	}
}

const inside = (file: string, dir: string) => {
	const rel = relative(dir, file);
	return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/** Where the story and its sidecar may go, said before any work: null when fine, else why not. */
function checkOutput(out: string, merge: string | undefined): string | null {
	if (!out.endsWith('.json')) return `--out must name a .json file (its sidecar is <name>.drafts.json), not ${out}`;
	const target = real(out);
	if (merge !== undefined && existsSync(merge) && target === real(merge))
		return `--out is the curated story given to --merge (${merge}): the merge proposes, it never overwrites a reviewed story; write the proposal elsewhere (e.g. --out /tmp/proposal.json)`;
	const stories = real(STORIES_DIR);
	if (inside(target, stories))
		return `--out ${out} is among the published stories (${relative(process.cwd(), stories) || stories}${sep}): drafts are unreviewed, and their .drafts.json sidecar would break check:stories; write it elsewhere and copy reviewed items in`;
	const dir = dirname(resolve(out));
	let st;
	try {
		st = statSync(dir);
	} catch {
		return `cannot write ${out}: the folder ${dir} does not exist (create it first)`;
	}
	if (!st.isDirectory()) return `cannot write ${out}: ${dir} is not a folder`;
	try {
		accessSync(dir, constants.W_OK);
	} catch {
		return `cannot write ${out}: the folder ${dir} is not writable`;
	}
	if (existsSync(out) && statSync(out).isDirectory()) return `cannot write ${out}: it is a folder`;
	return null;
}

/** The curated story for --merge, read and validated before the drafting starts. */
function readCurated(path: string): { text: string; story: StoryInput } | string {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		return `cannot use ${path} for --merge: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (e as Error).message}`;
	}
	const decoded = decodeOrLocate(bytes);
	if (!decoded.ok) return `cannot use ${path} for --merge: ${decoded.error}`;
	const json = parseJson(path, decoded.text);
	if (!json.ok) return `cannot use ${path} for --merge: ${formatFault(json.faults[0]!)}`;
	const shape = storySchema.safeParse(json.value);
	if (!shape.success) return `cannot use ${path} for --merge: it is not a valid story (npm run check:stories says where)`;
	// The raw value, not the parsed one: the schema's defaults must not creep into the proposal.
	return { text: decoded.text, story: json.value as StoryInput };
}

function main(): number {
	const args = process.argv.slice(2).filter((a) => a !== '--');
	const opts: Record<string, string> = {};
	const files: string[] = [];
	for (let k = 0; k < args.length; k++) {
		const a = args[k]!;
		if (a === '--help' || a === '-h') {
			process.stdout.write(USAGE);
			return 0;
		}
		if (a.startsWith('--')) {
			const eq = a.indexOf('=');
			if (eq > 0) {
				opts[a.slice(2, eq)] = a.slice(eq + 1);
				continue;
			}
			const v = args[k + 1];
			if (v === undefined) return fail(`${a} needs a value\n${USAGE}`);
			opts[a.slice(2)] = v;
			k++;
		} else files.push(a);
	}
	if (!files.length || !opts.out) return fail(`give report files and --out\n${USAGE}`);
	const maxBytes = parseMaxSize(opts['max-size']);
	if (typeof maxBytes === 'string') return fail(maxBytes);

	// Everything that can be known before the work is checked before it.
	const outProblem = checkOutput(opts.out, opts.merge);
	if (outProblem) return fail(outProblem);
	const curated = opts.merge !== undefined ? readCurated(opts.merge) : undefined;
	if (typeof curated === 'string') return fail(curated, 1);

	// Report dates.
	const dates = new Map<string, string>();
	const indexPath = opts.index ?? join(dirname(files[0]!), 'index.json');
	if (existsSync(indexPath)) {
		try {
			const idx = reportIndex.parse(JSON.parse(readFileSync(indexPath, 'utf8')));
			for (const r of idx.reports) dates.set(r.file, r.date);
		} catch (e) {
			process.stderr.write(`ingest: warning: ${indexPath} is not a valid report index (${(e as Error).message.split('\n')[0]})\n`);
		}
	}
	const today = new Date().toISOString().slice(0, 10);

	const reports: ReportInput[] = [];
	let failed = 0;
	const tty = process.stderr.isTTY === true;
	const readBar = files.length > 3 && tty ? new cliProgress.SingleBar({ format: 'reading  {bar} {value}/{total} {file}' }, cliProgress.Presets.shades_classic) : null;
	readBar?.start(files.length, 0, { file: '' });
	for (const f of files) {
		readBar?.increment(1, { file: basename(f) });
		const r = readText(f, maxBytes);
		if (!r.ok) {
			process.stderr.write(`${readBar ? '\n' : ''}ingest: ${r.error}\n`);
			failed++;
			continue;
		}
		const file = basename(f);
		if (!/^[\w.-]+\.txt$/.test(file)) {
			process.stderr.write(`${readBar ? '\n' : ''}ingest: ${f}: report file names must be letters, digits, "_", "-" or "." ending in .txt\n`);
			failed++;
			continue;
		}
		reports.push({ file, text: r.text, date: dates.get(file) ?? opts.date ?? today });
	}
	readBar?.stop();
	if (!reports.length) return fail('no readable reports', 1);
	const t0 = performance.now();
	const gaz = loadGazetteer();

	// The drafting's progress, by characters read twice (places, then events): a long run on a
	// terminal shows a bar; elsewhere, one line says what is being drafted.
	const chars = reports.reduce((n, r) => n + r.text.length, 0);
	const long = chars > 1_000_000 || reports.length > 3;
	if (long && !tty) process.stderr.write(`ingest: drafting ${reports.length} report(s), ${megabytes(chars)} of text…\n`);
	const bar =
		long && tty
			? new cliProgress.SingleBar(
					{ format: 'drafting {bar} {percentage}% | {done} | {duration_formatted}', hideCursor: true },
					cliProgress.Presets.shades_classic
				)
			: null;
	bar?.start(2 * chars, 0, { done: '' });
	const draft = draftStory(reports, gaz, {
		slug: opts.slug,
		title: opts.title,
		today,
		onProgress: (step, r) => bar?.increment(r.text.length, { done: `${step} of ${r.file} done` })
	});
	bar?.stop();
	for (const w of draft.warnings) process.stderr.write(`ingest: warning: ${w}\n`);
	if (!draft.story.places.length || !draft.story.events.length || !draft.story.actors.length) {
		return fail(
			`the reports gave ${draft.story.places.length} places, ${draft.story.actors.length} actors, ${draft.story.events.length} events: not enough for a story (a story needs at least one of each)`,
			1
		);
	}

	let text: string;
	let out: StoryInput;
	if (curated) {
		const merged = mergeStories(curated.story, draft.story);
		for (const [from, to] of merged.renamed) {
			const meta = draft.drafts[from];
			if (meta) {
				draft.drafts[to] = meta;
				delete draft.drafts[from];
			}
		}
		// Only added items are drafts; curated ones are not.
		const added = new Set([
			...merged.review.places.added.map((i) => `place:${i}`),
			...merged.review.actors.added.map((i) => `actor:${i}`),
			...merged.review.events.added.map((i) => `event:${i}`)
		]);
		for (const k of Object.keys(draft.drafts)) if (!added.has(k)) delete draft.drafts[k];
		text = proposalText(curated.text, merged, curated.story);
		out = JSON.parse(text) as StoryInput;
		// The review comes before any file is written: what is proposed is read first.
		process.stdout.write(`Review of the draft against ${opts.merge} (not changed):\n${formatReview(merged.review, draft.drafts)}\n`);
	} else {
		out = draft.story;
		text = JSON.stringify(out, null, '\t') + '\n';
	}
	const check = storySchema.safeParse(out);
	if (!check.success) return fail(`internal error: the drafted story does not validate: ${check.error.message.slice(0, 2000)}`, 1);
	const sidecar = `${opts.out.replace(/\.json$/, '')}.drafts.json`;
	try {
		writeFileSync(opts.out, text);
		writeFileSync(sidecar, JSON.stringify({ version: 1, items: draft.drafts, pending: draft.pending }, null, '\t') + '\n');
	} catch (e) {
		return fail(`cannot write ${opts.out}: ${(e as Error).message}`, 1);
	}
	const what = curated ? `a proposal (${opts.merge} + ${Object.keys(draft.drafts).length} drafted items)` : 'a draft';
	// Places the gazetteer lacks stand at their country's point until someone places them.
	for (const p of out.places) {
		const meta = draft.drafts[`place:${p.id}`];
		if (meta?.unlocated) process.stderr.write(`ingest: to place by hand: ${p.name} (${p.country}), not in the gazetteer, drafted at the centre of its country\n`);
		else if (meta?.approximate) process.stderr.write(`ingest: to check: ${p.name} (${p.country}), not in the gazetteer, placed from the text: ${p.note ?? ''}\n`);
	}
	if (draft.pending.length) process.stderr.write(`ingest: ${draft.pending.length} event(s) of kinds the story schema does not accept yet kept in the sidecar (pending)\n`);
	process.stderr.write(
		`ingest: ${reports.length} report(s) → ${what}: ${out.places.length} places, ${out.actors.length} actors, ${out.events.length} events in ${opts.out}, flags in ${sidecar} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`
	);
	if (curated) process.stderr.write(`ingest: review it with: diff ${opts.merge} ${opts.out}\n`);
	return failed ? 1 : 0;
}

process.exitCode = main();
