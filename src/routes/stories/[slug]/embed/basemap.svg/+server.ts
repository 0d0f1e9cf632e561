import { render } from 'svelte/server';
import type { FeatureCollection, Geometry } from 'geojson';
import { getStory, stories } from '$lib/server/stories';
import { borders as bordersOf, collection, land as landOf, type Countries } from '$lib/server/land';
import { POSTER } from '$lib/embed/poster';
import { countriesPath } from '$lib/embed/countries-path';
import BasemapSvg from '$lib/embed/BasemapSvg.svelte';
import { indexStory } from '$lib/story/model';
import { storyCamera, weightedPlaces } from '$lib/map/framing';
// The small basemap, as the embed's live map uses: the poster and the map draw the same coasts.
import topo from '$geo/basemap/countries-110m.topo.json';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => [...stories().keys()].map((slug) => ({ slug }));

const t = topo as unknown as Countries;
// The land as one shape, stroked along its coasts, and the borders between countries as lines:
// each border is drawn once (country by country, every border was in the file twice: 7.6 KB
// gzip then, 5.1 KB so).
const land = collection(landOf(t));
const borders = collection(bordersOf(t, { coasts: false }));

export const GET: RequestHandler = ({ params }) => {
	const story = getStory(params.slug);
	// The camera the embed starts from (StoryApp's): the story's places fitted to the smallest map.
	const index = indexStory(story);
	const camera = storyCamera(weightedPlaces(story, (id) => index.eventsByPlace.get(id)?.length ?? 0), story.camera);
	const draw = (fc: FeatureCollection<Geometry>) => countriesPath(fc, camera, POSTER.width, POSTER.height);
	const { body } = render(BasemapSvg, { props: { ...POSTER, land: draw(land), borders: draw(borders) } });
	// Svelte's hydration comments are noise in a standalone file.
	return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${body.replace(/<!--[^>]*-->/g, '')}`, {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
