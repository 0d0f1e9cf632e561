/**
 * The poster's basemap file (see $lib/embed/poster): the land and the borders of a story's
 * own view, drawn with d3-geo at the poster's design size, as a standalone SVG that pages
 * draw with <use>. From the same Natural Earth scale as the live map that takes over from
 * it, so that the coasts do not move when it does: 1:110m for embeds, 1:50m for the story page.
 */
import { render } from 'svelte/server';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Story } from '$lib/story/schema';
import { borders as bordersOf, collection, land as landOf, type Countries } from './land';
import { POSTER } from '$lib/embed/poster';
import { countriesPath } from '$lib/embed/countries-path';
import BasemapSvg from '$lib/embed/BasemapSvg.svelte';
import { indexStory } from '$lib/story/model';
import { storyCamera, weightedPlaces } from '$lib/map/framing';

/** The land as one shape, stroked along its coasts, and each border between countries once. */
export function posterShapes(topo: Countries) {
	return { land: collection(landOf(topo)), borders: collection(bordersOf(topo, { coasts: false })) };
}

export function posterSvg(story: Story, shapes: ReturnType<typeof posterShapes>): Response {
	// The camera the poster's frame starts from (StoryApp's): the story's places fitted to the smallest map.
	const index = indexStory(story);
	const camera = storyCamera(weightedPlaces(story, (id) => index.eventsByPlace.get(id)?.length ?? 0), story.camera);
	const draw = (fc: FeatureCollection<Geometry>) => countriesPath(fc, camera, POSTER.width, POSTER.height);
	const { body } = render(BasemapSvg, { props: { ...POSTER, land: draw(shapes.land), borders: draw(shapes.borders) } });
	// Svelte's hydration comments are noise in a standalone file.
	return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${body.replace(/<!--[^>]*-->/g, '')}`, {
		headers: { 'content-type': 'image/svg+xml' }
	});
}
