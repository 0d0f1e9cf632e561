/**
 * The story as it stands in the editor (the autosaved work in progress, not the saved file),
 * parsed as the site parses a story, for the live previews: the same page, embed and
 * presentation components as the site, before anything is saved or built.
 */
import { error } from '@sveltejs/kit';
import { story as storySchema, type ReportMeta, type Story } from '$lib/story/schema';
import { composeStory } from '../work';
import { loadWork, readIndex } from './store';
import { storySlug } from './paths';

export function previewStory(slugParam: string): { story: Story; reports: ReportMeta[]; rev: number } {
	const slug = storySlug(slugParam);
	const { work } = loadWork(slug);
	const parsed = storySchema.safeParse(composeStory(work));
	if (!parsed.success) {
		const faults = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || 'story'}: ${i.message}`);
		error(422, `The preview needs a story the site can read. Fix these in Review or Design first: ${faults.join('; ')}`);
	}
	const index = readIndex();
	const reports = parsed.data.reports.map((file) => index.reports.find((r) => r.file === file)).filter((r): r is ReportMeta => r !== undefined);
	return { story: parsed.data, reports, rev: work.rev };
}
