import { error, json } from '@sveltejs/kit';
import { getStory, stories } from '$lib/server/stories';
import { detailsKey, selectionDetails } from '$lib/embed/lean';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () =>
	[...stories().values()].flatMap((story) => [
		...story.events.map((e) => ({ slug: story.slug, key: detailsKey({ type: 'event', id: e.id }) })),
		...story.places.map((p) => ({ slug: story.slug, key: detailsKey({ type: 'place', id: p.id }) }))
	]);

/** What the embed fetches when a reader selects this event or place: see $lib/embed/lean. */
export const GET: RequestHandler = ({ params }) => {
	const details = selectionDetails(getStory(params.slug), params.key);
	if (!details) error(404, 'No such event or place in this story.');
	return json(details);
};
