/**
 * Drafts the story's reports on the server and merges the draft into the work as proposals
 * (never over what the editor has: see ../../../../lib/server/ingest.ts). The answer is a
 * stream of JSON lines, one per step, for the progress bar; the last says what was proposed.
 */
import { error, type RequestHandler } from '@sveltejs/kit';
import { baseRev, body } from '../../../../../lib/server/http';
import { storySlug } from '../../../../../lib/server/paths';
import { Conflict, loadWork, readIndex, reportTexts, serial, updateWork } from '../../../../../lib/server/store';
import { gazetteer, gazetteerLoaded, redraft } from '../../../../../lib/server/ingest';

const pause = () => new Promise((r) => setTimeout(r, 0));

export const POST: RequestHandler = async ({ params, request }) => {
	const slug = storySlug(params.slug);
	const rev = baseRev(await body<{ baseRev?: unknown }>(request));
	const { work } = loadWork(slug);
	if (!work.story.reports.length) error(400, 'Add a report first: there is nothing to draft from.');
	const enc = new TextEncoder();
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			let open = true;
			// A reload mid-draft must not stop the draft (the work is written on the server) nor the studio.
			const send = (o: object) => {
				if (!open) return;
				try {
					controller.enqueue(enc.encode(`${JSON.stringify(o)}\n`));
				} catch {
					open = false;
				}
			};
			const steps = 4;
			try {
				send({ stage: 'Reading the reports', step: 0, steps });
				await pause();
				const texts = reportTexts();
				const dates = new Map(readIndex().reports.map((r) => [r.file, r.date]));
				const today = new Date().toISOString().slice(0, 10);
				const reports = work.story.reports.map((file) => {
					const text = texts.get(file);
					if (text === undefined) throw new Error(`The report ${file} is missing from geo/reports.`);
					return { file, text, date: dates.get(file) ?? today };
				});
				if (!gazetteerLoaded()) {
					send({ stage: 'Loading the gazetteer (once per studio session)', step: 1, steps });
					await pause();
					gazetteer();
				}
				send({ stage: `Drafting places and events from ${reports.length} report(s)`, step: 2, steps });
				await pause();
				const next = await serial(async () => {
					const { work: current } = loadWork(slug);
					if (current.rev !== rev) throw new Conflict(`This story was changed elsewhere (revision ${current.rev}, you have ${rev}). Reload, then draft again.`);
					return redraft(current.story, reports, today);
				});
				send({ stage: 'Proposing the draft beside your work', step: 3, steps });
				await pause();
				const saved = await updateWork(slug, rev, (w) => {
					const items = { ...w.items };
					for (const [k, m] of Object.entries(next.added)) items[k] = { status: 'proposed', report: m.report, start: m.start, end: m.end, confidence: m.confidence };
					return { ...w, story: next.story, items, proposals: next.changed };
				});
				const count = (kind: string) => Object.keys(next.added).filter((k) => k.startsWith(`${kind}:`)).length;
				send({
					stage: 'done',
					step: steps,
					steps,
					rev: saved.rev,
					added: { events: count('event'), places: count('place'), actors: count('actor') },
					changed: next.changed,
					warnings: next.warnings
				});
			} catch (e) {
				send({ stage: 'error', conflict: e instanceof Conflict, message: (e as Error).message });
			}
			if (open) {
				try {
					controller.close();
				} catch {
					/* already gone */
				}
			}
		}
	});
	return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
};
