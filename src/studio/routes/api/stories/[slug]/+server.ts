import { error, json, type RequestHandler } from '@sveltejs/kit';
import { loadWork, readIndex, reportTexts, updateWork } from '../../../../lib/server/store';
import { baseRev, body, guarded } from '../../../../lib/server/http';
import { storySlug } from '../../../../lib/server/paths';
import type { Work } from '../../../../lib/work';

/** The work, the texts of the reports it cites, and their index entries. */
export const GET: RequestHandler = ({ params }) => {
	const { work, stale } = loadWork(storySlug(params.slug));
	const texts = reportTexts();
	const index = readIndex();
	const reports = work.story.reports.map((file) => ({ file, text: texts.get(file) ?? null, meta: index.reports.find((r) => r.file === file) ?? null }));
	return json({ work, stale, reports });
};

/** Autosave: the editor's whole work, written when it is still at the revision they edited. */
export const PUT: RequestHandler = ({ params, request }) =>
	guarded(async () => {
		const slug = storySlug(params.slug);
		const b = await body<{ baseRev?: unknown; story?: Work['story']; items?: Work['items']; proposals?: string[] }>(request);
		const rev = baseRev(b);
		if (!b.story || typeof b.story !== 'object' || !b.items || typeof b.items !== 'object') error(400, 'story and items are required.');
		if (b.story.slug !== slug) error(400, 'The story in the request is not this story.');
		const work = await updateWork(slug, rev, (w) => ({ ...w, story: b.story!, items: b.items!, proposals: Array.isArray(b.proposals) ? b.proposals : w.proposals }));
		return json({ rev: work.rev, savedAt: work.savedAt });
	});
