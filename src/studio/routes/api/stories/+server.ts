import { json, type RequestHandler } from '@sveltejs/kit';
import { createStory, listStories } from '../../../lib/server/store';
import { body, guarded } from '../../../lib/server/http';
import { storySlug } from '../../../lib/server/paths';

export const GET: RequestHandler = () => json(listStories());

export const POST: RequestHandler = ({ request }) =>
	guarded(async () => {
		const b = await body<{ slug?: unknown; title?: unknown; from?: unknown }>(request);
		const slug = storySlug(b.slug);
		const title = typeof b.title === 'string' && b.title.trim() ? b.title.trim().slice(0, 160) : slug;
		const from = b.from === undefined ? undefined : storySlug(b.from);
		const work = await createStory(slug, title, from);
		return json({ slug, rev: work.rev }, { status: 201 });
	});
