/**
 * Natural Earth rings that cross the antimeridian jump from +180° to −180° between two
 * vertices. d3-geo clips on the sphere and copes, but MapLibre draws in the plane, where
 * that jump becomes a band across the whole map. Unwrapping each ring's longitudes (so
 * Chukotka runs on to 190° instead of jumping to −170°) gives a continuous ring that
 * MapLibre renders on its world copies.
 *
 * Antarctica is the exception: its ring goes round the pole, so one of its jumps is where the
 * ring closes, not a crossing. Natural Earth's own files close it along the pole (vertices at
 * −90°), and such an edge is left alone; world-atlas's stitched rings close it straight across,
 * at the coast's latitude (−84.7° at 1:110m), which in the plane leaves a strip of sea along
 * the bottom of the world: those are closed through the pole instead.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { LonLat } from './mercator';

/** Beyond this latitude a jump of longitude is taken for a ring closing round the pole. */
const POLE_LATITUDE = 84;
/** Degrees by which a ring closed round the pole reaches past the antimeridian on either side. */
const SEAM_OVERLAP = 0.5;
/** A vertex this close to a pole is on it (Natural Earth writes −89.999). */
const ON_POLE = 89.9;

/** What a step of longitude adds to the unwrapping offset: ∓360° where it jumps across ±180°. */
const crossing = (jump: number) => (jump > 180 ? -360 : jump < -180 ? 360 : 0);

/**
 * A line's longitudes unwrapped: each step is taken the short way round, so a line across the
 * antimeridian runs on past ±180°. `start` is where the first longitude is brought to.
 */
export function unwrapLongitudes(points: readonly LonLat[], start = points[0]?.[0] ?? 0): LonLat[] {
	const out: LonLat[] = [];
	let prev = start;
	for (const [lon, lat] of points) {
		let x = lon;
		while (x - prev > 180) x -= 360;
		while (x - prev < -180) x += 360;
		out.push([x, lat]);
		prev = x;
	}
	return out;
}

/**
 * An unwrapped line back in [−180°, 180°], cut where it crosses the antimeridian (RFC 7946,
 * 3.1.9): one piece, or several, each with the crossing's point on both sides.
 */
export function splitAtAntimeridian(points: readonly LonLat[]): Position[][] {
	const pieces: Position[][] = [];
	let piece: Position[] = [];
	let shift = 0;
	for (const [i, [lon, lat]] of points.entries()) {
		if (i === 0) {
			shift = Math.round(lon / 360) * 360;
			if (Math.abs(lon - shift) === 180) shift = Math.sign(lon) * Math.floor(Math.abs(lon) / 360) * 360;
		} else {
			const [plon, plat] = points[i - 1]!;
			const edge = lon - shift > 180 ? 180 : lon - shift < -180 ? -180 : 0;
			if (edge !== 0) {
				const t = (shift + edge - plon) / (lon - plon);
				const y = plat + (lat - plat) * t;
				piece.push([edge, y]);
				pieces.push(piece);
				piece = [[-edge, y]];
				shift += 2 * edge;
			}
		}
		piece.push([lon - shift, lat]);
	}
	if (piece.length > 1) pieces.push(piece);
	return pieces;
}

export function unwrapRing(ring: readonly Position[], poleLatitude = POLE_LATITUDE): Position[] {
	const out: Position[] = [];
	const alongPole = ring.some((p) => Math.abs(p[1] ?? 0) >= ON_POLE);
	let offset = 0;
	let prev: Position | undefined;
	for (const p of ring) {
		const [lon = 0, lat = 0] = p;
		if (prev) {
			const [plon = 0, plat = 0] = prev;
			const jump = lon - plon;
			const atPole = Math.abs(lat) > poleLatitude && Math.abs(plat) > poleLatitude;
			if (Math.abs(jump) > 180 && atPole && !alongPole) {
				// The ring closes round the pole here: down to it, along it, and back up. A little
				// past the meridian on either side, so the world's copies overlap there: where they
				// only met, the edges' anti-aliasing let the sea show through as a thin line.
				const pole = Math.sign(lat) * 90;
				const past = -Math.sign(jump) * SEAM_OVERLAP;
				out.push([plon + offset + past, plat], [plon + offset + past, pole], [lon + offset - past, pole], [lon + offset - past, lat]);
			} else if (!atPole) offset += crossing(jump);
		}
		out.push([lon + offset, lat]);
		prev = p;
	}
	return out;
}

/**
 * The same for lines (borders and coasts): every jump is a crossing, unwrapped. A stretch that
 * runs along a pole is where a polygon was closed, and one along the antimeridian where it was
 * cut, not a coast: they are left out, so a line may come back in pieces.
 */
export function unwrapLine(line: readonly Position[]): Position[][] {
	const pieces: Position[][] = [];
	let piece: Position[] = [];
	let offset = 0;
	let prev: Position | undefined;
	for (const p of line) {
		const [lon = 0, lat = 0] = p;
		if (prev) {
			const [plon = 0, plat = 0] = prev;
			const alongPole = Math.abs(lat) >= ON_POLE && Math.abs(plat) >= ON_POLE;
			// Natural Earth cuts islands on 180° (Fiji's): an edge along that meridian is a cut.
			const alongCut = lon === plon && Math.abs(lon) === 180;
			if (alongPole || alongCut) {
				if (piece.length > 1) pieces.push(piece);
				piece = [];
				offset = 0;
			} else offset += crossing(lon - plon);
		}
		piece.push([lon + offset, lat]);
		prev = p;
	}
	if (piece.length > 1) pieces.push(piece);
	return pieces;
}

export function unwrapGeometry(g: Geometry): Geometry {
	switch (g.type) {
		case 'Polygon':
			return { type: 'Polygon', coordinates: g.coordinates.map((r) => unwrapRing(r)) };
		case 'MultiPolygon':
			return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((r) => unwrapRing(r))) };
		default:
			return g;
	}
}

export function unwrapCollection<G extends Geometry, P>(fc: FeatureCollection<G, P>): FeatureCollection<Geometry, P> {
	return {
		type: 'FeatureCollection',
		features: fc.features.map((f): Feature<Geometry, P> => ({ ...f, geometry: unwrapGeometry(f.geometry) }))
	};
}
