/**
 * Parts of the story app that a first view does not show: the canvas overlay (big stories
 * only), the no-WebGL map, the detail panels (after a selection), and the tools the embed
 * leaves out. Each loads on first use and once.
 *
 * This module is itself imported dynamically (`import('./lazy')` in StoryApp), never
 * statically: SvelteKit links into the page's head the stylesheet of every component the page
 * imports dynamically one level down, in case the server rendered it, but none of these is
 * ever server-rendered (the server renders only the `{#await}` pending branch). One level
 * further down, their stylesheets come with them when they load, and not before.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
	let loading: Promise<T> | undefined;
	return () => (loading ??= load());
}

export const loadCanvasOverlay = once(() => import('$lib/overlays/Overlay.canvas.svelte'));
export const loadStaticMap = once(() => import('$lib/map/StaticMap.svelte'));
export const loadEventDetail = once(() => import('$lib/panel/EventDetail.svelte'));
export const loadPlaceDetail = once(() => import('$lib/panel/PlaceDetail.svelte'));
/** The embed's own client never shows these (StoryApp with `embedded`): not built into it at all. */
const notInEmbed = () => Promise.reject(new Error('not in the embed client'));
export const loadToolbar = once(() => (import.meta.env.EMBED_CLIENT ? notInEmbed() : import('./Toolbar.svelte')));
export const loadEventList = once(() => import('$lib/list/EventList.svelte'));
export const loadPrintHandout = once(() => (import.meta.env.EMBED_CLIENT ? notInEmbed() : import('$lib/panel/PrintHandout.svelte')));
