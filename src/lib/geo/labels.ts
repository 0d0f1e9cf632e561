/** A country name from geo/basemap/country-labels.json, shown from `minZoom` on. */
export interface CountryLabel {
	id: string;
	/** ISO 3166-1 alpha-2, '' where Natural Earth has no code (Kosovo, N. Cyprus…). */
	country: string;
	name: string;
	lon: number;
	lat: number;
	minZoom: number;
}

/**
 * Advances of a semi-bold sans-serif's glyphs, as fractions of the font size, by class: those
 * of DejaVu Sans (Linux's default sans, and the widest of the common ones: measured in
 * chromium at weight 600), so that a label fits wherever the reader's system font is
 * narrower. A flat 0.56 em a character made "KAZAKHSTAN" 30 % too short and cut it.
 */
const NARROW = /[iljI.,:;'’!|]/;
const SEMI = /[ frt()\-]/;
const WIDE = /[mwMW]/;
/** Bidi isolates and marks, joiners: drawn with no width (a data name sits inside isolates). */
const NO_WIDTH = /[\u200b-\u200f\u2066-\u2069\u061c]/;
export function textWidth(text: string, size: number, spacing = 0): number {
	let em = 0;
	for (const ch of text)
		if (!NO_WIDTH.test(ch)) em += (NARROW.test(ch) ? 0.38 : SEMI.test(ch) ? 0.49 : WIDE.test(ch) ? 1.05 : ch >= 'a' && ch <= 'z' ? 0.7 : 0.8) + spacing;
	return em * size;
}

/**
 * Where a symbol's stated count ("more than 12,000") is drawn: right of the symbol, 5 px
 * off its edge, as a map reader expects; left of it when the right would run past the
 * view's right edge (a deployment near a phone's edge) and the left has room. Both
 * renderers draw it here, the hit rule reaches it here, and labels keep clear of it here.
 * `x0`–`x1` is the text's extent (bold: a tenth wider than `textWidth`'s semi-bold).
 */
export function countSpot(cx: number, w: number, label: string, scale: number, viewWidth?: number): { x: number; anchor: 'start' | 'end'; x0: number; x1: number } {
	const tw = textWidth(label, 13 * scale) * 1.1;
	const right = cx + w / 2 + 5;
	if (viewWidth !== undefined && right + tw > viewWidth - 2 && cx - w / 2 - 5 - tw >= 2) {
		const x = cx - w / 2 - 5;
		return { x, anchor: 'end', x0: x - tw, x1: x };
	}
	return { x: right, anchor: 'start', x0: right, x1: right + tw };
}
