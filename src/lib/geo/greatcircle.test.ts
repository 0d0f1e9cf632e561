import { describe, expect, it } from 'vitest';
import { geoInterpolate } from 'd3-geo';
import { geodesic, greatCircle } from './greatcircle';
import { splitAtAntimeridian } from './antimeridian';
import { route, ROUTE_SEGMENTS } from '$lib/story/geojson';
import type { LonLat } from './mercator';

describe('greatCircle', () => {
	// Short and long routes, across the antimeridian, over a pole, antipodal-ish, and none at all.
	const routes: [LonLat, LonLat][] = [
		[[2.35, 48.86], [46.72, 24.69]],
		[[-77.04, 38.9], [37.62, 55.75]],
		[[170, 60], [-170, 62]],
		[[0, 80], [180, 80]],
		[[-58.4, -34.6], [121.5, 31.2]],
		[[37.62, 55.75], [37.6201, 55.7501]],
		[[10, 10], [10, 10]]
	];
	it('is d3’s geoInterpolate, to a millionth of a degree', () => {
		for (const [a, b] of routes) {
			const ours = greatCircle(a, b);
			const d3 = geoInterpolate([a[0], a[1]], [b[0], b[1]]);
			for (let i = 0; i <= 10; i++) {
				const [lon, lat] = ours(i / 10);
				const [dlon, dlat] = d3(i / 10);
				expect(Math.abs(lon - dlon)).toBeLessThan(1e-6);
				expect(Math.abs(lat - dlat)).toBeLessThan(1e-6);
			}
		}
	});
});

describe('geodesic', () => {
	it('starts and ends at its places', () => {
		const g = geodesic([2.35, 48.86], [46.72, 24.69], 16);
		expect(g).toHaveLength(17);
		expect(g[0]![0]).toBeCloseTo(2.35, 6);
		expect(g[16]![1]).toBeCloseTo(24.69, 6);
	});
	it('runs north of the straight line on a long east–west route (a great circle)', () => {
		const g = geodesic([-77.04, 38.9], [37.62, 55.75], 32);
		const mid = g[16]!;
		expect(mid[1]).toBeGreaterThan((38.9 + 55.75) / 2 + 5);
	});
	it('unwraps longitudes across the antimeridian (regression: band across the map)', () => {
		const g = geodesic([170, 60], [-170, 62], 8);
		for (let i = 1; i < g.length; i++) expect(Math.abs(g[i]![0] - g[i - 1]![0])).toBeLessThan(10);
		expect(g[8]![0]).toBeCloseTo(190, 6);
	});
});

describe('splitAtAntimeridian', () => {
	it('leaves a line that stays on one side whole', () => {
		expect(splitAtAntimeridian([[10, 0], [20, 5]])).toEqual([[[10, 0], [20, 5]]]);
	});
	it('cuts an unwrapped line at 180° with the crossing on both pieces', () => {
		const pieces = splitAtAntimeridian([[170, 0], [190, 10]]);
		expect(pieces).toEqual([[[170, 0], [180, 5]], [[-180, 5], [-170, 10]]]);
	});
	it('cuts westward crossings too', () => {
		const pieces = splitAtAntimeridian([[-170, 0], [-190, 10]]);
		expect(pieces).toEqual([[[-170, 0], [-180, 5]], [[180, 5], [170, 10]]]);
	});
});

describe('the map and the GeoJSON download draw the same great circle', () => {
	const routes: [LonLat, LonLat][] = [
		[[-77.04, 38.9], [46.72, 24.69]],
		[[170, 60], [-150, 62]],
		[[139.7, 35.7], [-122.4, 37.8]],
		[[2.35, 48.86], [30.52, 50.45]]
	];
	it('has the map route’s vertices, wrapped into ±180°', () => {
		for (const [a, b] of routes) {
			const map = geodesic(a, b, ROUTE_SEGMENTS);
			const g = route([a[0], a[1]], [b[0], b[1]]);
			const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
			const vertices = lines.flat();
			// Every map vertex is in the download, within its 1e-5° rounding.
			for (const [lon, lat] of map) {
				const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
				const near = vertices.some(([x = 0, y = 0]) => (Math.abs(x - wrapped) < 2e-5 || Math.abs(Math.abs(x) - 180) < 2e-5 && Math.abs(Math.abs(wrapped) - 180) < 2e-5) && Math.abs(y - lat) < 2e-5);
				expect(near, `${lon},${lat}`).toBe(true);
			}
			expect(g.type).toBe(Math.abs(map[map.length - 1]![0]) > 180 ? 'MultiLineString' : 'LineString');
		}
	});
});
