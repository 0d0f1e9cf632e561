import { json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { getStory, stories } from '$lib/server/stories';
import { embedUrlOf, oembed } from '$lib/embed/oembed';
import { siteRoot } from '$lib/embed/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => [...stories().keys()].map((slug) => ({ slug }));

export const GET: RequestHandler = ({ params, url }) => {
	const story = getStory(params.slug);
	const root = siteRoot(url, base);
	return json(oembed({ title: story.title, embedUrl: embedUrlOf(root, story.slug), siteRoot: root })!);
};
