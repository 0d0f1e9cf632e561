/**
 * Natural Earth rings that cross the antimeridian jump from +180° to −180° between two
 * vertices. d3-geo clips on the sphere and copes, but MapLibre draws in the plane, where
 * that jump becomes a band across the whole map. Unwrapping each ring's longitudes (so
 * Chukotka runs on to 190° instead of jumping to −170°) gives a continuous ring that
 * MapLibre renders on its world copies. The closing edges along the poles of Antarctica are
 * real ±180° edges, not jumps, and are left alone.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export function unwrapRing(ring: readonly Position[], poleLatitude = 84): Position[] {
	const out: Position[] = [];
	let offset = 0;
	let prev: Position | undefined;
	for (const p of ring) {
		const [lon = 0, lat = 0] = p;
		if (prev) {
			const [plon = 0, plat = 0] = prev;
			const jump = lon - plon;
			const atPole = Math.abs(lat) > poleLatitude && Math.abs(plat) > poleLatitude;
			if (!atPole && jump > 180) offset -= 360;
			else if (!atPole && jump < -180) offset += 360;
		}
		out.push([lon + offset, lat]);
		prev = p;
	}
	return out;
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
