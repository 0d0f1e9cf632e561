import { json } from '@sveltejs/kit';
import { embedData } from '$lib/server/embed';
import { stories } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => [...stories().keys()].map((slug) => ({ slug }));

/** What the embed's client hydrates with: the data its page was rendered from. */
export const GET: RequestHandler = ({ params }) => json(embedData(params.slug));
