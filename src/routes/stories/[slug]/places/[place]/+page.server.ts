import { error } from '@sveltejs/kit';
import { getStory, reportsOf, stories } from '$lib/server/stories';
import { basemapPath } from '$lib/server/basemap';
import { fitZoom, mercatorLatitude, mercatorY, wrapLongitude, type LonLat } from '$lib/geo/mercator';
import { boundsOf } from '$lib/geo/bounds';
import { eventPlaces, indexStory } from '$lib/story/model';
import { storyNames } from '$lib/i18n/names.server';
import { localizeStory } from '$lib/i18n/names';
import { pageLocale } from '$lib/i18n/page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	[...stories().values()].flatMap((s) => s.places.map((p) => ({ slug: s.slug, place: p.id })));

/**
 * The picture on a place page, drawn at the size it is shown (the page has no script to
 * measure it): a wide one for screens over 600 px, and a phone's, whose 340 px are shown at
 * about 1:1 on a 375 px phone (289–568 px from 320 to 600), so its 13 px labels stay 11–22 px
 * on screen. The wide one alone, shrunk to a phone's 343 px, had 6 px labels.
 */
const MAP_SIZES = { wide: { width: 720, height: 400 }, narrow: { width: 340, height: 300 } } as const;

export const load: PageServerLoad = ({ params }) => {
	const names = storyNames(getStory(params.slug), pageLocale());
	const story = localizeStory(getStory(params.slug), names);
	const index = indexStory(story);
	const place = index.places.get(params.place);
	if (!place) error(404, `No place called "${params.place}" in this story`);
	const events = index.eventsByPlace.get(place.id) ?? [];
	const points: LonLat[] = [place.coordinates];
	for (const e of events) for (const id of eventPlaces(e)) points.push(index.places.get(id)!.coordinates);
	// The page's own place in the middle: each other place is fitted with its mirror image
	// through it (in Mercator, as the map draws), so the fit is symmetric about the place.
	const [px, py] = place.coordinates;
	const mirrored = points.flatMap((p): LonLat[] => [p, [wrapLongitude(2 * px - p[0]), mercatorLatitude(Math.min(1, Math.max(0, 2 * mercatorY(py) - mercatorY(p[1]))))]]);
	// A single place (or a tight cluster) would zoom to street level: keep the region in view.
	const picture = (size: { width: number; height: number }) => {
		const camera = { ...fitZoom(boundsOf(mirrored), size.width, size.height, 60), center: [px, py] as LonLat };
		camera.zoom = Math.min(camera.zoom, 5.5);
		return { camera, size, basemap: basemapPath(camera, size.width, size.height) };
	};
	return {
		story,
		names,
		reports: reportsOf(story),
		placeId: place.id,
		maps: { wide: picture(MAP_SIZES.wide), narrow: picture(MAP_SIZES.narrow) }
	};
};
