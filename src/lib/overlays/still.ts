/**
 * The story page's marks as a still picture in its HTML, which the browser's app does not
 * hydrate (issue #17). Hydrating the SVG overlay was about half of the page's hydration: one
 * task of 0.5–1 s at a phone's speed, for 48 marks that the HTML already draws. So the server
 * writes the overlay (the same component, the same props) as plain markup inside an `{@html}`
 * block, which Svelte adopts as it is on hydration; the app then builds its own live overlay
 * a few marks per task, unseen, and swaps it in when it is whole (StoryApp.svelte).
 *
 * Server only: in the browser's build `import.meta.env.SSR` is false and the import is dropped.
 */
import type { Component } from 'svelte';

const server = import.meta.env.SSR ? await import('svelte/server') : null;

/** A component's markup without Svelte's hydration comments (nothing will hydrate it). */
export function stillMarkup<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
	if (!server) throw new Error('stillMarkup is for the server');
	return server.render(component, { props }).body.replace(/<!--[^]*?-->/g, '');
}
