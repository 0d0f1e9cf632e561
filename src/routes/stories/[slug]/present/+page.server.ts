import { getStory, reportsOf, stories } from '$lib/server/stories';
import { storyNames } from '$lib/i18n/names.server';
import { localizeStory } from '$lib/i18n/names';
import { pageLocale } from '$lib/i18n/page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...stories().keys()].map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const story = getStory(params.slug);
	// Places and countries named in the page's language (src/lib/i18n/names.ts).
	const names = storyNames(story, pageLocale());
	return { story: localizeStory(story, names), reports: reportsOf(story), names };
};
