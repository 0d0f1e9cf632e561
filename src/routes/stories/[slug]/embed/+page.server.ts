import { embedClientFiles, embedData } from '$lib/server/embed';
import { stories } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...stories().keys()].map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => ({ ...embedData(params.slug), client: embedClientFiles() });
