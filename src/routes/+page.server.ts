import { reportsOf, stories } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

/** The home page: every story on the site, newest first, with what it covers. */
export const load: PageServerLoad = () => ({
	stories: [...stories().values()]
		.map((s) => {
			const days = s.events.map((e) => e.date ?? e.start).filter((d): d is string => !!d).sort();
			return {
				slug: s.slug,
				title: s.title,
				subtitle: s.subtitle ?? null,
				updated: s.updated,
				events: s.events.length,
				places: s.places.length,
				reports: reportsOf(s).length,
				scenes: s.scenes.length,
				from: days[0] ?? null,
				to: days.at(-1) ?? null,
			};
		})
		.sort((a, b) => (b.to ?? '').localeCompare(a.to ?? '') || a.title.localeCompare(b.title))
});
