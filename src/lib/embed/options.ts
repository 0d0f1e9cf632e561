/**
 * Embed options, read from the embed URL next to the view parameters (`c`, `t`, `sel`) that
 * the story page already uses, so a view copied from the page embeds unchanged:
 *
 *   theme=light|dark|auto   colour scheme (auto, the default, follows the reader's system)
 *   mode=interactive|static static: the prerendered poster and marks only, no map library
 *   start=view              start the map as soon as the embed is in view, not when the
 *                           reader first reaches for it (see EmbedFrame)
 *   place=<id>              open centred on a place (ignored when `c` is given)
 *   scene=<id>              a scene of the presentation mode (kept in the URL, not used yet)
 *
 * Unknown parameters (filters, future options) are kept, because formatView keeps them.
 */
import type { Story } from '$lib/story/schema';
import { parseView, type ViewParams } from '$lib/state/url';

export type Theme = 'light' | 'dark' | 'auto';
export type Mode = 'interactive' | 'static';

export interface EmbedOptions {
	theme: Theme;
	mode: Mode;
	start?: 'view';
	place?: string;
	scene?: string;
}

const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
/** Zoom for a `place=` view: close enough to tell the place from its neighbours. */
export const PLACE_ZOOM = 5;

export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
	const theme = params.get('theme');
	const mode = params.get('mode');
	const place = params.get('place');
	const scene = params.get('scene');
	return {
		theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
		mode: mode === 'static' ? 'static' : 'interactive',
		...(params.get('start') === 'view' ? { start: 'view' as const } : {}),
		...(place && ID.test(place) ? { place } : {}),
		...(scene && ID.test(scene) ? { scene } : {})
	};
}

/** The story page's view reader, plus `place=`: a camera centred on that place. */
export function embedViewReader(story: Story): (params: URLSearchParams) => ViewParams {
	return (params) => {
		const view = parseView(params);
		if (view.camera) return view;
		const { place } = parseEmbedOptions(params);
		const p = place ? story.places.find((x) => x.id === place) : undefined;
		if (!p) return view;
		return { ...view, camera: { center: [p.coordinates[0], p.coordinates[1]], zoom: Math.max(story.camera.zoom, PLACE_ZOOM) } };
	};
}

/** Embed options that differ from the defaults, as URL parameters (for the builder). */
export function embedParams(o: Partial<EmbedOptions>, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
	const p = new URLSearchParams(base);
	for (const k of ['theme', 'mode']) p.delete(k);
	if (o.theme && o.theme !== 'auto') p.set('theme', o.theme);
	if (o.mode === 'static') p.set('mode', 'static');
	return p;
}
