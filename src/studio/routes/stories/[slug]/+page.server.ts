import { loadWork, readIndex, reportTexts } from '../../../lib/server/store';
import { storySlug } from '../../../lib/server/paths';

export const load = ({ params }: { params: { slug: string } }) => {
	const { work, stale } = loadWork(storySlug(params.slug));
	const texts = reportTexts();
	const index = readIndex();
	return {
		work,
		stale,
		reports: work.story.reports.map((file) => ({ file, text: texts.get(file) ?? null, meta: index.reports.find((r) => r.file === file) ?? null }))
	};
};
