/**
 * npm run ingest -- <reports...> --out <story.json> [--merge <curated story.json>] [--index geo/reports/index.json]
 *                   [--slug s] [--title t] [--date YYYY-MM-DD]
 *
 * Drafts a story (schema v1) from report texts. Writes the story to --out and a sidecar
 * <out>.drafts.json with {draft: true, confidence, report, start, end} per item id.
 * With --merge, the curated story's items are kept as they are, drafted items are proposed as
 * additions, and a review (added / changed / unchanged) is printed; the curated file itself is
 * never written. A report's date comes from --index (geo/reports/index.json by default), else
 * --date, else today. Bad files are reported and skipped; the others still count.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import cliProgress from 'cli-progress';
import { story as storySchema, reportIndex, type StoryInput } from '../src/lib/story/schema';
import { loadGazetteer } from '../src/lib/ingest/gazetteer';
import { draftStory, type ReportInput } from '../src/lib/ingest/draft';
import { formatReview, mergeStories } from '../src/lib/ingest/merge';
import { readText } from '../src/lib/ingest/read';

function usage(): never {
	process.stderr.write('usage: npm run ingest -- <reports...> --out <story.json> [--merge <story.json>] [--index <index.json>] [--date YYYY-MM-DD]\n');
	process.exit(2);
}

function main(): number {
	const args = process.argv.slice(2).filter((a) => a !== '--');
	const opts: Record<string, string> = {};
	const files: string[] = [];
	for (let k = 0; k < args.length; k++) {
		const a = args[k]!;
		if (a.startsWith('--')) {
			const v = args[k + 1];
			if (v === undefined) usage();
			opts[a.slice(2)] = v;
			k++;
		} else files.push(a);
	}
	if (!files.length || !opts.out) usage();

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
	const bar = files.length > 3 && process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'reading {bar} {value}/{total} {file}' }, cliProgress.Presets.shades_classic) : null;
	bar?.start(files.length, 0, { file: '' });
	for (const f of files) {
		bar?.increment(1, { file: basename(f) });
		const r = readText(f);
		if (!r.ok) {
			process.stderr.write(`\ningest: ${r.error}\n`);
			failed++;
			continue;
		}
		const file = basename(f);
		if (!/^[\w.-]+\.txt$/.test(file)) {
			process.stderr.write(`\ningest: ${f}: report file names must be letters, digits, "_", "-" or "." ending in .txt\n`);
			failed++;
			continue;
		}
		reports.push({ file, text: r.text, date: dates.get(file) ?? opts.date ?? today });
	}
	bar?.stop();
	if (!reports.length) {
		process.stderr.write('ingest: no readable reports\n');
		return 1;
	}
	const t0 = performance.now();
	const gaz = loadGazetteer();
	const draft = draftStory(reports, gaz, { slug: opts.slug, title: opts.title, today });
	for (const w of draft.warnings) process.stderr.write(`ingest: warning: ${w}\n`);
	if (!draft.story.places.length || !draft.story.events.length || !draft.story.actors.length) {
		process.stderr.write(
			`ingest: the reports gave ${draft.story.places.length} places, ${draft.story.actors.length} actors, ${draft.story.events.length} events: not enough for a story (a story needs at least one of each)\n`
		);
		return 1;
	}

	let out: StoryInput = draft.story;
	if (opts.merge) {
		let curated: StoryInput;
		try {
			curated = storySchema.parse(JSON.parse(readFileSync(opts.merge, 'utf8'))) as StoryInput;
		} catch (e) {
			process.stderr.write(`ingest: cannot use ${opts.merge} for --merge: ${(e as Error).message.split('\n')[0]}\n`);
			return 1;
		}
		const merged = mergeStories(curated, draft.story);
		out = { ...merged.story, $schema: curated.$schema };
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
		process.stdout.write(`Review of the draft against ${opts.merge}:\n${formatReview(merged.review, draft.drafts)}\n`);
	}
	const check = storySchema.safeParse(out);
	if (!check.success) {
		process.stderr.write(`ingest: internal error: the drafted story does not validate: ${check.error.message.slice(0, 2000)}\n`);
		return 1;
	}
	writeFileSync(opts.out, JSON.stringify(out, null, '\t') + '\n');
	// Events of kinds the story schema does not take yet (see DraftResult.pending) travel in the sidecar.
	writeFileSync(`${opts.out.replace(/\.json$/, '')}.drafts.json`, JSON.stringify({ version: 1, items: draft.drafts, pending: draft.pending }, null, '\t') + '\n');
	if (draft.pending.length) process.stderr.write(`ingest: ${draft.pending.length} event(s) of kinds the story schema does not accept yet kept in the sidecar (pending)\n`);
	process.stderr.write(
		`ingest: ${reports.length} report(s) → ${out.places.length} places, ${out.actors.length} actors, ${out.events.length} events in ${opts.out} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`
	);
	return failed ? 1 : 0;
}

process.exitCode = main();
