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
 *
 * Hydration waits for the reader (see `REACH`). Until then the frame is its server HTML: the
 * poster, the marks (focusable, named), the key, the source line and its link, all working
 * without script. Hydrating the marks is the frame's one long task, a few hundred
 * milliseconds on a phone; in a stranger's article it would block the scrolling of readers
 * who never touch the map. The first touch hydrates, and what it meant is replayed.
 */
import { pageLocale } from '$lib/i18n/page';
import { loadMessages } from '$lib/i18n/loaded';
import { isLocalNames, localizeStory, type LocalNames } from '$lib/i18n/names';
import { hydrate } from 'svelte';
import { base } from '$app/paths';
import EmbedFrame from '../EmbedFrame.svelte';
import type { EmbedData } from '../lean';
import { isReach, largerThanPoster, prefetch, REACH, startsMap, whenInView } from '../loading';
import { parseEmbedOptions } from '../options';
import { replay, replayable } from './replay';

const target = document.getElementById('embed-root');
const slug = target?.dataset.slug;

async function hydrateFrame(target: HTMLElement, slug: string, reached: boolean): Promise<void> {
	const response = await fetch(`${base}/stories/${encodeURIComponent(slug)}/embed/data.json`);
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	const data = (await response.json()) as EmbedData;
	// data.json serves every language: the page's own names (written by its server) rename its places.
	const names = pageNames();
	data.story = localizeStory(data.story, names);
	// The page's language's messages (scripts/vite-i18n.ts), before the frame renders a word.
	await loadMessages(pageLocale());
	hydrate(EmbedFrame, { target, props: { ...data, reached, names } });
}

/** The names table the page carries (#embed-names), or none if it is missing or damaged. */
function pageNames(): LocalNames | null {
	try {
		const value: unknown = JSON.parse(document.getElementById('embed-names')?.textContent ?? 'null');
		return isLocalNames(value) ? value : null;
	} catch {
		return null;
	}
}

/** Hydrates the frame; `done` is told whether it worked. */
function start(target: HTMLElement, slug: string, reached: boolean, done: (ok: boolean) => void = () => {}) {
	hydrateFrame(target, slug, reached).then(
		() => {
			target.dataset.hydrated = '';
			done(true);
		},
		(e: unknown) => {
			// The server's frame stays: the reader keeps the picture, the key and the link to the story.
			console.error('The embed could not start:', e);
			target.dataset.failed = '';
			done(false);
		}
	);
}

if (target && slug) {
	const params = new URLSearchParams(location.search);
	const options = parseEmbedOptions(params);
	// The map library's files, fetched in view: when the reader reaches for the map, it starts at once.
	const files = target.dataset.prefetch?.split(' ').filter(Boolean) ?? [];
	if (options.mode === 'interactive' && files.length) whenInView(target, () => prefetch(files));
	// A view to show (a shared camera or place, a time, a selection) needs the app at once:
	// the server drew the story's own view. So does `start=view`, and a frame larger than the
	// poster, whose edges would show (see EmbedFrame).
	const now = [...params.keys()].some((k) => !['theme', 'mode', 'start'].includes(k)) || options.start === 'view' || largerThanPoster();
	if (now) start(target, slug, false);
	else {
		const pending: Event[] = [];
		let started = false;
		const listen = (e: Event) => {
			if (!e.isTrusted) return;
			if (replayable(e, target)) pending.push(e);
			if (started || !isReach(e)) return;
			started = true;
			// Once hydrated, the app's own handlers answer: stop collecting, then replay.
			start(target, slug, startsMap(e), (ok) => {
				for (const t of REACH) target.removeEventListener(t, listen, { capture: true });
				const missed = pending.splice(0);
				if (ok) replay(missed);
			});
		};
		for (const t of REACH) target.addEventListener(t, listen, { capture: true, passive: true });
	}
}
