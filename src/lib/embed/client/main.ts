/**
 * The embed's own client: EmbedFrame hydrated by Svelte alone, without SvelteKit's router
 * (an embed never navigates in place: its links open new tabs). SvelteKit's client is 13 KB
 * gzip of the embed's budget (maplibre-gl + 80 KB, issue #4) for nothing a frame does.
 *
 * Built apart by `vite build -c scripts/vite.embed.config.ts` into static/_embed/, with
 * $app/* resolved to the small modules beside this one. The page (prerendered with
 * `csr = false`) wraps the frame in <svelte:boundary>, whose <!--[--> … <!--]--> markers are
 * what `hydrate` expects around a component, and loads this file; the same lean story the
 * page was rendered from comes from data.json. In `vite dev` the page is SvelteKit's as usual.
 */
import { hydrate } from 'svelte';
import { base } from '$app/paths';
import EmbedFrame from '../EmbedFrame.svelte';
import type { EmbedData } from '../lean';

const target = document.getElementById('embed-root');
const slug = target?.dataset.slug;

async function start(target: HTMLElement, slug: string) {
	const response = await fetch(`${base}/stories/${encodeURIComponent(slug)}/embed/data.json`);
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	const data = (await response.json()) as EmbedData;
	// A user timing, for the benchmarks: hydration is the frame's one long task.
	const start = performance.now();
	hydrate(EmbedFrame, { target, props: data });
	performance.measure('embed:hydrate', { start });
	target.dataset.hydrated = '';
}

if (target && slug)
	start(target, slug).catch((e: unknown) => {
		// The poster stays: the reader keeps the picture, the key and the link to the story.
		console.error('The embed could not start:', e);
		target.dataset.failed = '';
	});
