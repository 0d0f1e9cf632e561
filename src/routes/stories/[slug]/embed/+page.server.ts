import { embedClientFiles, embedData } from '$lib/server/embed';
import { getStory, stories } from '$lib/server/stories';
import { storyNames } from '$lib/i18n/names.server';
import { localizeStory } from '$lib/i18n/names';
import { pageLocale } from '$lib/i18n/page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...stories().keys()].map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const data = embedData(params.slug);
	// data.json is one file for every language: the page carries its own language's names,
	// and the embed's client applies them to data.json's story as the server did here.
	const names = storyNames(getStory(params.slug), pageLocale());
	return { ...data, story: localizeStory(data.story, names), names, client: embedClientFiles() };
};
