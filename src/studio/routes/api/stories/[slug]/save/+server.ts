import { json, type RequestHandler } from '@sveltejs/kit';
import { saveStory } from '../../../../../lib/server/store';
import { baseRev, body, guarded } from '../../../../../lib/server/http';
import { storySlug } from '../../../../../lib/server/paths';

export const POST: RequestHandler = ({ params, request }) =>
	guarded(async () => {
		const slug = storySlug(params.slug);
		const rev = baseRev(await body<{ baseRev?: unknown }>(request));
		const r = await saveStory(slug, rev);
		if (!r.ok) return json({ message: `Not saved: the story has ${r.faults.length} fault(s).`, faults: r.faults }, { status: 422 });
		return json({ rev: r.work.rev, path: r.path, changed: r.changed, fileHash: r.work.fileHash });
	});
