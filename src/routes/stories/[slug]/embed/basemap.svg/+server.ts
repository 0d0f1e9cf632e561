import { getStory, stories } from '$lib/server/stories';
import type { Countries } from '$lib/server/land';
import { posterShapes, posterSvg } from '$lib/server/poster';
// The small basemap, as the embed's live map uses: the poster and the map draw the same coasts.
import topo from '$geo/basemap/countries-110m.topo.json';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => [...stories().keys()].map((slug) => ({ slug }));

// Each border once: country by country, every border was in the file twice (7.6 KB gzip then, 5.1 KB so).
const shapes = posterShapes(topo as unknown as Countries);

export const GET: RequestHandler = ({ params }) => posterSvg(getStory(params.slug), shapes);
