/**
 * The story as the embed page ships it: its hydration data is the largest part of the
 * embed's HTML, so fields the embed never reads stay on the full story page. Scenes are
 * only counted (for the link to the presentation), actors' roles only feed the search
 * box the embed does not have, and GeoNames ids only matter to the editing tools.
 */
import type { Story } from '$lib/story/schema';

export function embedStory(story: Story): { story: Story; presentable: boolean } {
	return {
		story: {
			...story,
			scenes: [],
			actors: story.actors.map(({ role: _, ...actor }) => actor),
			places: story.places.map(({ geonameid: _, ...place }) => place)
		},
		presentable: story.scenes.length > 0
	};
}
