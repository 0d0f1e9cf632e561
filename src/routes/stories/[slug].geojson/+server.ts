import { getStory, stories } from '$lib/server/stories';
import { storyToGeoJSON } from '$lib/story/geojson';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => [...stories().keys()].map((slug) => ({ slug }));

export const GET: RequestHandler = ({ params }) =>
	new Response(JSON.stringify(storyToGeoJSON(getStory(params.slug))), {
		headers: { 'content-type': 'application/geo+json' }
	});
