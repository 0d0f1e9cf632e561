/**
 * Parts several kinds share: the strokes by status, the line of things that move between two
 * places, and the slots of symbols around a place. Okabe–Ito colours (in each kind) are told
 * apart by readers with any common colour-vision deficiency, and each kind also differs in
 * shape or dash, so colour is never the only cue.
 */
import type { LineStyle, Stroke } from './kind';

/** Not (yet) happened: planned, proposed, postponed, cancelled. */
export const NOT_HAPPENED_DASH = '7 5';

/**
 * A stroke with its dash ends. Dashes get flat ends: rasterising two round caps per dash was a
 * third of the SVG overlay's cost in a camera move (software GPU); the pattern is kept, so the
 * gaps read a little wider than with round ones. A pattern of dots keeps round ends, and solid
 * lines keep them too (two caps a line).
 */
export function stroke(dash: string | undefined, dots = false): Stroke {
	return { dash, cap: dash && !dots ? 'butt' : 'round' };
}

/** Solid when it happened, dashed when not; `own` is the kind's pattern when it happened. */
export function statusStroke(status: string, own?: string): Stroke {
	return stroke(status !== 'happened' ? NOT_HAPPENED_DASH : own);
}

/** The line of a flow: 2.5 px, an arrowhead for what moves, dots for what does not. */
export function flowLine(ends: 'arrow' | 'dots'): LineStyle {
	return {
		width: 2.5,
		ends,
		head: (width) => 8 + width * 1.6,
		trim: () => 6
	};
}

/** Where the k-th of n symbols at one place sits, in pixels from the place. */
export function slotOffset(slot: number, of: number, radius: number): [number, number] {
	if (of <= 1) return [0, 0];
	const angle = -Math.PI / 2 + (2 * Math.PI * slot) / of;
	return [Math.cos(angle) * radius, Math.sin(angle) * radius];
}

/** The dash of a symbol's outline when it has not (yet) happened. */
export const SYMBOL_DASH = [4, 3];
