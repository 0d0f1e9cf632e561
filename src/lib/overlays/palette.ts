/**
 * Okabe–Ito colours: told apart by readers with any common colour-vision deficiency, and
 * each kind also differs in shape or dash, so colour is never the only cue.
 */
import type { EventKind } from '$lib/story/schema';

export const KIND_COLOUR: Record<EventKind, string> = {
	meeting: '#0072B2',
	call: '#CC79A7',
	visit: '#009E73',
	travel: '#009E73',
	deployment: '#D55E00',
	trade: '#B07800'
};

/** Dash patterns by kind (calls dotted: nobody travels) and by status (not yet happened: dashed). */
export function flowDash(kind: EventKind, status: string): string | undefined {
	if (kind === 'call') return '1 6';
	if (status !== 'happened') return '7 5';
	if (kind === 'trade') return '12 4 2 4';
	return undefined;
}

/**
 * How a flow of this kind is stroked: its dashes, and their ends. Dashes get flat ends:
 * rasterising two round caps per dash was a third of the SVG overlay's cost in a camera move
 * (software GPU). The pattern is kept, so with flat ends the gaps read a little wider than
 * they did with round ones. Calls keep round ends, as their pattern is dots; solid lines keep
 * them too (two caps a line).
 */
export function flowStroke(kind: EventKind, status: string): { dash: string | undefined; cap: 'round' | 'butt' } {
	const dash = flowDash(kind, status);
	return { dash, cap: dash && kind !== 'call' ? 'butt' : 'round' };
}
