/**
 * What the reader did before the frame was hydrated, done again once it is: a press on a
 * mark, the play button, a key on a focused mark. Only what the server's HTML cannot do by
 * itself: a link or the key's <details> did their part natively, and doing it twice would
 * open a second tab or fold the key again.
 */

/** Marks and the app's buttons: elements whose whole behaviour is the app's. */
function appElement(el: EventTarget | null, root: HTMLElement): Element | null {
	if (!(el instanceof Element) || !root.contains(el)) return null;
	return el.closest('.overlay [data-event], .overlay [data-place], button');
}

export function replayable(e: Event, root: HTMLElement): boolean {
	const el = appElement(e.target, root);
	if (e.type === 'click') return el !== null;
	// Enter or space on a focused mark; on a button they become a click, replayed as such.
	if (e instanceof KeyboardEvent) return (e.key === 'Enter' || e.key === ' ') && el !== null && el.tagName !== 'BUTTON';
	return false;
}

export function replay(events: Event[]): void {
	for (const e of events) {
		const el = e.target as Element;
		if (!el.isConnected) continue;
		if (e.type === 'click') el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
		else if (e instanceof KeyboardEvent) el.dispatchEvent(new KeyboardEvent('keydown', { key: e.key, code: e.code, bubbles: true, cancelable: true, composed: true }));
	}
}
