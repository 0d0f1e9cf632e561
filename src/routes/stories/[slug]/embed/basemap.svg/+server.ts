import { render } from 'svelte/server';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { getStory, stories } from '$lib/server/stories';
import { POSTER } from '$lib/embed/poster';
import { countriesPath } from '$lib/embed/countries-path';
import BasemapSvg from '$lib/embed/BasemapSvg.svelte';
// The small basemap, as the embed's live map uses: the poster and the map draw the same coasts.
import topo from '$geo/basemap/countries-110m.topo.json';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => [...stories().keys()].map((slug) => ({ slug }));

const t = topo as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(t, t.objects.countries) as FeatureCollection<Geometry>;

export const GET: RequestHandler = ({ params }) => {
	const story = getStory(params.slug);
	const { body } = render(BasemapSvg, { props: { ...POSTER, d: countriesPath(countries, story.camera, POSTER.width, POSTER.height) } });
	// Svelte's hydration comments are noise in a standalone file.
	return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${body.replace(/<!--[^>]*-->/g, '')}`, {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
