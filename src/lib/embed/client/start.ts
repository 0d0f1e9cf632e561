// The frame's hydration, loaded by ./main when the reader first reaches for the frame.
import { hydrate } from 'svelte';
import { base } from '$app/paths';
import EmbedFrame from '../EmbedFrame.svelte';
import type { EmbedData } from '../lean';

export async function start(target: HTMLElement, slug: string, reached: boolean): Promise<void> {
	const response = await fetch(`${base}/stories/${encodeURIComponent(slug)}/embed/data.json`);
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	const data = (await response.json()) as EmbedData;
	// A user timing, for the benchmarks: hydration is the frame's one long task.
	const t = performance.now();
	hydrate(EmbedFrame, { target, props: { ...data, reached } });
	performance.measure('embed:hydrate', { start: t });
}
