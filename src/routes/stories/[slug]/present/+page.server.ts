import { getStory, reportsOf, stories } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...stories().keys()].map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const story = getStory(params.slug);
	return { story, reports: reportsOf(story) };
};
