import { getStory, stories } from '$lib/server/stories';
import type { Countries } from '$lib/server/land';
import { posterShapes, posterSvg } from '$lib/server/poster';
// The detailed basemap, as the story page's live map draws it (1:50m at every zoom).
import topo from '$geo/basemap/countries-50m.topo.json';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => [...stories().keys()].map((slug) => ({ slug }));

const shapes = posterShapes(topo as unknown as Countries);

export const GET: RequestHandler = ({ params }) => posterSvg(getStory(params.slug), shapes);
