import { error } from '@sveltejs/kit';
import { reportMeta, reportTexts, stories } from '$lib/server/stories';
import { eventSources } from '$lib/story/model';
import { markQuotes, reportPage } from '$lib/reports/quotes';
import type { EntryGenerator, PageServerLoad } from './$types';

// A page per report: the text as HTML (declared UTF-8), the sentences the stories quote marked,
// each with an anchor the panel's citations link to. No script: it reads the same everywhere.
export const csr = false;
export const entries: EntryGenerator = () => [...reportTexts.keys()].map((file) => ({ name: reportPage(file) }));

export const load: PageServerLoad = ({ params }) => {
	const file = `${params.name}.txt`;
	const text = reportTexts.get(file);
	if (text === undefined) error(404, 'No such report');
	const quotes: string[] = [];
	const citedBy: Array<{ slug: string; title: string }> = [];
	for (const story of stories().values()) {
		if (!story.reports.includes(file)) continue;
		citedBy.push({ slug: story.slug, title: story.title });
		for (const p of story.places) for (const s of p.sources) if (s.report === file) quotes.push(s.quote);
		for (const e of story.events) for (const s of eventSources(e)) if (s.report === file) quotes.push(s.quote);
	}
	return { file, meta: reportMeta.get(file) ?? null, runs: markQuotes(text, quotes), citedBy };
};
