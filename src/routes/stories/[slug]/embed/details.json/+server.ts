import { json } from '@sveltejs/kit';
import { getStory, stories } from '$lib/server/stories';
import { embedDetails } from '$lib/embed/lean';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => [...stories().keys()].map((slug) => ({ slug }));

/** What the embed fetches on its first selection: see $lib/embed/lean. */
export const GET: RequestHandler = ({ params }) => json(embedDetails(getStory(params.slug)));
