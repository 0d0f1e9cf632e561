/**
 * The embed preview's poster (the embed asks for it at this address): the land and borders
 * of the edited story's first view, at 1:110m as the built embed's.
 */
import type { RequestHandler } from '@sveltejs/kit';
import { posterShapes, posterSvg } from '$lib/server/poster';
import type { Countries } from '$lib/server/land';
import topo from '$geo/basemap/countries-110m.topo.json';
import { previewStory } from '../../../../../lib/server/preview';

let shapes: ReturnType<typeof posterShapes> | null = null;

export const GET: RequestHandler = ({ params }) => {
	shapes ??= posterShapes(topo as unknown as Countries);
	return posterSvg(previewStory(params.slug!).story, shapes);
};
