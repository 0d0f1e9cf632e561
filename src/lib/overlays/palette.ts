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
