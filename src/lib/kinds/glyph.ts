/**
 * The key's glyph of a kind: its mark built from the kind's `mark.glyph` (coordinates in the
 * key's pixels) and drawn by its own SVG component through the identity projection.
 */
import type { LonLat, Point, Project } from '../geo/mercator';
import type { Kind, KindMark } from './kind';

export const GLYPH_SIZE = { width: 44, height: 20 } as const;

/** Pixels are the coordinates: the glyph's numbers are where it is drawn. */
export const GLYPH_PROJECT: Project = (p) => [p[0], p[1]] as Point;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function glyphMark(kind: Kind<any, any>, status: string): KindMark {
	const g = kind.mark.glyph;
	return {
		id: `key-${kind.kind}`,
		kind: kind.kind,
		event: { id: `key-${kind.kind}`, kind: kind.kind, status },
		layer: kind.mark.layer,
		route: g.line ? (g.line.map((p) => [p[0], p[1]] as LonLat) as LonLat[]) : null,
		bend: 0,
		at: g.at ? ([g.at[0], g.at[1]] as LonLat) : null,
		place: undefined,
		stub: false,
		size: g.size ?? 0,
		label: g.label ?? '',
		slot: 0,
		of: 1
	};
}
