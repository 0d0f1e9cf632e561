/**
 * When the story page starts its live map. MapLibre's start (its 1 MB of script evaluated, a
 * WebGL context, shader compiles, the first tiles) is one long block of the main thread: a
 * few hundred milliseconds here, seconds on a phone. At load it stalled everything a reader
 * does first (select a mark, read its quote, step the timeline, search), for a map that
 * looked the same as the poster the page now paints from its HTML. So the page opens on the
 * poster (the embed's technique: $lib/embed/poster) with the marks and every tool working,
 * and the map starts:
 *
 * - when the reader reaches for the map (REACH and `startsMap`, as in the embed: a mouse
 *   over it, a press that may be a drag, a wheel, two fingers, a key on it; a tap on a
 *   mark is for the mark alone). A reader who reached for it must have it within a second
 *   (the bench's "reach → live map"), so its work is begun ahead, in two steps of cost:
 *   its files are fetched into the HTTP cache (network only, not even parsed) at the
 *   reader's first input anywhere, or once the page went idle; and the library is evaluated and its workers started
 *   (`warmMaplibre`, about a tenth of the start's main-thread time, no WebGL) when a mouse
 *   moves over the page: a desktop reader's pointer crosses the page on its way to the map,
 *   while a phone's first touch is usually a scroll or a tap on a mark, which must not wait.
 *   What is left at the reach is the map itself: its WebGL context, shaders and first tiles;
 * - when the reader has been still for STILL_MS with the page in front of them: a reader who
 *   has not touched anything for that long is reading, so the busy second interrupts
 *   nothing, and the map is ready for their next move. 8 s, not less: the page's load must
 *   have been quiet for 5 s first (what Lighthouse takes for "interactive"), so that the
 *   map's start is never part of the load anyone waits through; a reader who reaches for
 *   the map earlier has it at once anyway. Any input restarts the wait; a page
 *   in a background tab waits until it is shown again; with Save-Data, only a reach starts it;
 * - at once when the poster cannot serve: a map box larger than it (its edges would show),
 *   or a camera other than the story's own (a shared link's, a searched place); and in a
 *   browser without WebGL, whose simple SVG map is cheap.
 */
import { afterLoadIdle, prefetch, REACH, startsMap } from '$lib/embed/loading';
import { maplibreUrls, warmMaplibre } from '$lib/map/maplibre';

/** How long the reader has been still before the map starts without being asked. */
export const STILL_MS = 8000;

export type StartReason = 'reach' | 'still' | 'view' | 'large' | 'no-webgl';

/** Anything a reader does on the page: it postpones a start that nobody asked for. */
const INPUT = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll', 'input'] as const;

/** A reader's first signs of life: the map's files are fetched then (and warmed on a mouse's move). */
const AHEAD = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/** Watches `box` (the map box) and the reader, and calls `start` once with why; returns a stop function. */
export function watchMapStart(box: HTMLElement, start: (why: StartReason) => void, options: { still?: number; reach?: boolean } = {}): () => void {
	const stillMs = options.still ?? STILL_MS;
	// A map nobody can move (the presentation's) is not reached for: it starts when still.
	const reachable = options.reach ?? true;
	let done = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const go = (why: StartReason) => {
		if (done) return;
		done = true;
		stop();
		start(why);
	};
	const reach = (e: Event) => {
		if (startsMap(e)) go('reach');
	};
	const saveData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
	const wait = () => {
		clearTimeout(timer);
		if (done || saveData) return;
		timer = setTimeout(() => {
			if (document.visibilityState === 'visible') go('still');
		}, stillMs);
	};
	const onVisibility = () => {
		if (document.visibilityState === 'visible') wait();
		else clearTimeout(timer);
	};
	let waiting = false;
	let fetched = false;
	const fetchAhead = () => {
		if (fetched || done) return;
		fetched = true;
		prefetch(Object.values(maplibreUrls()), { parse: false });
	};
	const ahead = (e: Event) => {
		// Not before the page's first paint, which the library's download would compete with
		// (a reader may move a mouse over a page still blank on a slow machine).
		const paintTimed = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint');
		if (paintTimed ? !performance.getEntriesByType('paint').length : document.readyState !== 'complete') return;
		fetchAhead();
		if (e.type !== 'pointermove' || (e as PointerEvent).pointerType !== 'mouse') return;
		for (const type of AHEAD) removeEventListener(type, ahead, { capture: true });
		if (!done) warmMaplibre().catch(() => {});
	};
	for (const type of AHEAD) addEventListener(type, ahead, { passive: true, capture: true });
	if (reachable) for (const type of REACH) box.addEventListener(type, reach, { passive: true });
	// Once the page has loaded, painted and gone idle: fetch the library (nothing runs), and
	// from then on count the reader's stillness.
	afterLoadIdle(() => {
		if (done) return;
		fetchAhead();
		waiting = true;
		for (const type of INPUT) addEventListener(type, wait, { passive: true, capture: true });
		document.addEventListener('visibilitychange', onVisibility);
		wait();
	});
	function stop() {
		clearTimeout(timer);
		for (const type of AHEAD) removeEventListener(type, ahead, { capture: true });
		for (const type of REACH) box.removeEventListener(type, reach);
		if (waiting) for (const type of INPUT) removeEventListener(type, wait, { capture: true });
		document.removeEventListener('visibilitychange', onVisibility);
	}
	return () => {
		done = true;
		stop();
	};
}
