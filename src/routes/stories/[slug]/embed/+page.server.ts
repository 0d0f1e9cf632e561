import { getStory, reportsOf, stories } from '$lib/server/stories';
import { embedStory } from '$lib/embed/lean';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...stories().keys()].map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const story = getStory(params.slug);
	return { ...embedStory(story), reports: reportsOf(story) };
};
