/**
 * When an embed does its heavy work. Inside a stranger's article, the frame must not take
 * the reader's main thread before they show interest: the map library is fetched once the
 * frame is in view (after the page has loaded, painted and gone idle), and what runs (the
 * frame's hydration, MapLibre) waits for the reader to reach for it.
 */

import { POSTER } from './poster';

/**
 * A frame larger than the poster would show the poster's edges until the map runs: there the
 * map starts in view, as with `start=view` (a screen that wide is rarely a phone's).
 */
export function largerThanPoster(): boolean {
	return innerWidth > POSTER.width || innerHeight > POSTER.height;
}

/** What a reader does to a frame they mean to use: a mouse over it, a press or a tap, a key or focus inside, a wheel, two fingers. */
export const REACH = ['pointerover', 'pointerdown', 'click', 'focusin', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * A finger that touches a frame may only be scrolling the article past it: on a touch screen
 * the reach is the tap (its click) or two fingers (the map's own gesture there, as
 * cooperative gestures ask), not the touch. A mouse coming over the frame is a reach.
 */
export function isReach(e: Event): boolean {
	const pointer = 'pointerType' in e ? e.pointerType : 'mouse';
	if (e.type === 'pointerover') return pointer === 'mouse';
	if (e.type === 'pointerdown') return pointer !== 'touch';
	if (e.type === 'touchstart') return 'touches' in e && (e.touches as TouchList).length >= 2;
	return true;
}

/**
 * Whether a reach is for the map, which then starts (a second or more of a phone's main
 * thread). A tap on a mark, a button or a link is for that alone: the mark opens at once, and
 * the map waits for a gesture of its own (or, from the keyboard, a key pressed inside).
 */
export function startsMap(e: Event): boolean {
	// Focus comes with a tap on a mark as much as with a key: a key inside starts it instead.
	if (!isReach(e) || e.type === 'focusin') return false;
	if (e.type !== 'click') return true;
	const el = e.target as Element | null;
	return !el?.closest?.('a, button, summary, input, select, [role="button"], [data-event], [data-place]');
}

/** `f` once the page has loaded, painted and gone idle. */
export function afterLoadIdle(f: () => void): void {
	const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => f(), { timeout: 1000 }) : setTimeout(f, 200));
	// A browser may paint well after `load` (a slow GPU process at start): not before then.
	const painted = () => {
		if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return idle();
		const po = new PerformanceObserver((list) => {
			if (!list.getEntries().length) return;
			po.disconnect();
			idle();
		});
		po.observe({ type: 'paint', buffered: true });
	};
	if (document.readyState === 'complete') painted();
	else addEventListener('load', painted, { once: true });
}

/** `f` once `el` is in view (or nearly) and the page is idle; returns a stop function. */
export function whenInView(el: Element, f: () => void): () => void {
	const io = new IntersectionObserver(
		(entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			io.disconnect();
			afterLoadIdle(f);
		},
		{ rootMargin: '200px 0px' }
	);
	io.observe(el);
	return () => io.disconnect();
}

/**
 * Fetches the map library's files ahead; nothing runs. Each in the form the page will ask for
 * it in, so that the later request is answered by this one: modules into the module map
 * (`modulepreload`: the `import()` takes them from there, whatever the host's cache headers),
 * the stylesheet as a style preload. The worker's file can only be prefetched into the HTTP
 * cache, where a host that sends validators answers the worker's request with a 304.
 */
export function prefetch(urls: string[], { parse = true }: { parse?: boolean } = {}): void {
	for (const href of urls) {
		const link = document.createElement('link');
		link.href = href;
		// A worker's script is not taken from the module map: it goes to the HTTP cache below.
		// `parse: false`: modules too, for a page where parsing 1 MB of script on the main
		// thread would land in its load (the story page, whose first view needs no map).
		if (/\.m?js$/.test(href) && !/worker/.test(href) && parse) link.rel = 'modulepreload';
		else if (/\.css$/.test(href)) {
			link.rel = 'preload';
			link.as = 'style';
		} else link.rel = 'prefetch';
		document.head.append(link);
	}
}
