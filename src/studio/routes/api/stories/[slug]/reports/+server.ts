import { error, json, type RequestHandler } from '@sveltejs/kit';
import { addReport, type ReportIn } from '../../../../../lib/server/store';
import { extractReport, tidy } from '../../../../../lib/server/extract';
import { baseRev, body, guarded } from '../../../../../lib/server/http';
import { reportFile, storySlug } from '../../../../../lib/server/paths';

/** Adds a report (text already read by /api/extract, checked again here) and cites it. */
export const POST: RequestHandler = ({ params, request }) =>
	guarded(async () => {
		const slug = storySlug(params.slug);
		const b = await body<Partial<ReportIn> & { baseRev?: unknown }>(request);
		const rev = baseRev(b);
		const name = reportFile(b.name);
		if (typeof b.text !== 'string') error(400, 'The report has no text.');
		const checked = extractReport(new TextEncoder().encode(b.text), 'txt', name);
		if (!checked.ok) error(422, checked.error);
		const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
		if (b.url && !/^https?:\/\/\S+$/.test(str(b.url))) error(400, 'The address must start with http:// or https://.');
		const r = await addReport(slug, rev, {
			name,
			text: tidy(b.text),
			title: str(b.title),
			outlet: str(b.outlet),
			date: str(b.date),
			dateInferred: b.dateInferred === true,
			dateBasis: str(b.dateBasis),
			url: str(b.url) || undefined
		});
		return json({ rev: r.work.rev, file: r.file, meta: r.meta }, { status: 201 });
	});
