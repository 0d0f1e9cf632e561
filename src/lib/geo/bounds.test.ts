import { describe, expect, it } from 'vitest';
import { boundsOf, distanceKm } from './bounds';
import { fitZoom, mercatorLatitude, mercatorProjector, mercatorX, mercatorY } from './mercator';

describe('boundsOf', () => {
	it('is the plain box for points on one side of the world', () => {
		expect(boundsOf([[2.35, 48.86], [46.72, 24.69], [30.52, 50.45]]).map((p) => p.map((v) => +v.toFixed(6)))).toEqual([
			[2.35, 24.69],
			[46.72, 50.45]
		]);
	});
	it('crosses the antimeridian when that is the smaller box (Fiji, Tonga, Samoa)', () => {
		const [[w, s], [e, n]] = boundsOf([[178.44, -18.14], [-175.2, -21.14], [-171.76, -13.83]]);
		expect(w).toBeCloseTo(178.44, 6);
		expect(e).toBeCloseTo(-171.76, 6);
		expect(s).toBeCloseTo(-21.14, 6);
		expect(n).toBeCloseTo(-13.83, 6);
	});
	it('fitZoom frames a box across the antimeridian around 180°, not around 0°', () => {
		const cam = fitZoom(boundsOf([[178.44, -18.14], [-171.76, -13.83]]), 800, 600, 40);
		expect(Math.abs(cam.center[0])).toBeGreaterThan(175);
		expect(cam.zoom).toBeGreaterThan(3);
		const p = mercatorProjector(cam, 800, 600);
		const world = 512 * 2 ** cam.zoom;
		for (const pt of [[178.44, -18.14], [-171.76, -13.83]] as const) {
			// The copy of the world nearest the centre, as the map draws it.
			let [x, y] = p(pt);
			x -= Math.round((x - 400) / world) * world;
			expect(x).toBeGreaterThanOrEqual(39);
			expect(x).toBeLessThanOrEqual(761);
			expect(y).toBeGreaterThanOrEqual(39);
			expect(y).toBeLessThanOrEqual(561);
		}
	});
});

describe('distanceKm', () => {
	it('Paris to Riyadh is about 4,660 km; a quarter of the equator about 10,008 km', () => {
		expect(distanceKm([2.35, 48.86], [46.72, 24.69])).toBeGreaterThan(4600);
		expect(distanceKm([2.35, 48.86], [46.72, 24.69])).toBeLessThan(4720);
		expect(distanceKm([0, 0], [90, 0])).toBeCloseTo(10007.6, 0);
	});
});

describe('Web Mercator units', () => {
	it('maps the world to the unit square and back', () => {
		expect(mercatorX(-180)).toBe(0);
		expect(mercatorX(180)).toBe(1);
		expect(mercatorY(0)).toBeCloseTo(0.5, 12);
		expect(mercatorY(85.051129)).toBeCloseTo(0, 6);
		for (const lat of [-80, -33.3, 0, 24.69, 55.75, 84]) expect(mercatorLatitude(mercatorY(lat))).toBeCloseTo(lat, 9);
	});
});
