import { error } from '@sveltejs/kit';
import { reportTexts } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

// The reports themselves, so a reader can check any quote in its context.
export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => [...reportTexts.keys()].map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const text = reportTexts.get(params.file);
	if (text === undefined) error(404, 'No such report');
	return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
