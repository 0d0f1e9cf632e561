import { describe, expect, it } from 'vitest';
import { cameraShift, fitZoom, mercatorProjector } from '$lib/geo/mercator';
import { projector, webMercator } from '$lib/map/d3-projection';
import { unwrapLine, unwrapRing } from '$lib/geo/antimeridian';

describe('webMercator', () => {
	it('puts the camera centre in the middle of the viewport', () => {
		const p = projector(webMercator({ center: [37.62, 55.75], zoom: 4 }, 800, 600));
		const [x, y] = p([37.62, 55.75]);
		expect(x).toBeCloseTo(400, 6);
		expect(y).toBeCloseTo(300, 6);
	});
	it('matches MapLibre’s scale: the world is 512·2^z pixels wide', () => {
		const p = projector(webMercator({ center: [0, 0], zoom: 2 }, 100, 100));
		expect(p([90, 0])[0] - p([0, 0])[0]).toBeCloseTo(512, 6); // a quarter of 2048
	});
	it('fitZoom frames two places', () => {
		const cam = fitZoom([[2.35, 24.69], [46.72, 48.86]], 1280, 800, 40);
		const p = projector(webMercator(cam, 1280, 800));
		for (const pt of [[2.35, 24.69], [46.72, 48.86]] as const) {
			const [x, y] = p(pt);
			expect(x).toBeGreaterThanOrEqual(39);
			expect(x).toBeLessThanOrEqual(1241);
			expect(y).toBeGreaterThanOrEqual(39);
			expect(y).toBeLessThanOrEqual(761);
		}
	});
});

describe('unwrapRing (antimeridian)', () => {
	it('continues a ring past 180° instead of jumping to −180°', () => {
		const ring = [[178, 65], [180, 66], [-179, 67], [-175, 66], [178, 65]];
		expect(unwrapRing(ring)).toEqual([[178, 65], [180, 66], [181, 67], [185, 66], [178, 65]]);
	});
	it('leaves the polar closing edge of Antarctica alone where the ring runs along the pole', () => {
		const ring = [[-180, -90], [-180, -84.5], [180, -84.5], [180, -90], [-180, -90]];
		expect(unwrapRing(ring)).toEqual(ring);
	});
	it('closes a ring that goes round the pole through the pole, not straight across', () => {
		// world-atlas's stitched Antarctica: the coast from −180° to 180°, closed at −84.7°.
		const ring = [[-180, -84.7], [-90, -72], [0, -70], [90, -66], [180, -84.7], [-180, -84.7]];
		// Half a degree past the meridian on each side, so the world's copies overlap there.
		expect(unwrapRing(ring)).toEqual([
			[-180, -84.7], [-90, -72], [0, -70], [90, -66], [180, -84.7],
			[180.5, -84.7], [180.5, -90], [-180.5, -90], [-180.5, -84.7], [-180, -84.7]
		]);
	});
	it('leaves ordinary rings alone', () => {
		const ring = [[2, 48], [3, 49], [2, 49], [2, 48]];
		expect(unwrapRing(ring)).toEqual(ring);
	});
});

describe('unwrapLine (antimeridian)', () => {
	it('continues a coast past 180°, wherever it crosses', () => {
		expect(unwrapLine([[179.6, -84.3], [-180, -84.4], [-179, -84]])).toEqual([[[179.6, -84.3], [180, -84.4], [181, -84]]]);
		expect(unwrapLine([[-179, 65], [179.8, 65.03]])).toEqual([[[-179, 65], [-180.2, 65.03]]]);
	});
	it('leaves out a stretch along the pole, where a polygon was closed', () => {
		const line = [[-170, -80], [-180, -89.999], [178.6, -89.999], [170, -80]];
		expect(unwrapLine(line)).toEqual([[[-170, -80], [-180, -89.999]], [[178.6, -89.999], [170, -80]]]);
	});
	it('leaves out a stretch along 180°, where Natural Earth cut an island', () => {
		const fiji = [[179.9, -16.2], [180, -16.15], [180, -16.17], [179.8, -16.3]];
		expect(unwrapLine(fiji)).toEqual([[[179.9, -16.2], [180, -16.15]], [[180, -16.17], [179.8, -16.3]]]);
	});
});

describe('mercatorProjector', () => {
	// Cameras and points that cover the cases: the flagship view, a polar and an antimeridian
	// centre, fractional zoom, points beyond ±180° (unwrapped routes) and near the poles.
	const cameras = [
		{ center: [38, 44], zoom: 3 },
		{ center: [-170, 70], zoom: 5.3 },
		{ center: [179.5, -40], zoom: 1 },
		{ center: [0, 0], zoom: 0 }
	] as const;
	const points = [[38, 44], [2.35, 48.86], [-74, 40.7], [185, 66], [-190, -10], [179.99, 84.9], [0, -85], [540, 0]] as const;
	it('is d3’s geoMercator as set up by webMercator, to a millionth of a pixel', () => {
		for (const camera of cameras) {
			const ours = mercatorProjector(camera, 1600, 1000);
			const d3 = projector(webMercator(camera, 1600, 1000));
			for (const p of points) {
				const [x, y] = ours(p);
				const [dx, dy] = d3(p);
				expect(Math.abs(x - dx)).toBeLessThan(1e-6);
				expect(Math.abs(y - dy)).toBeLessThan(1e-6);
			}
		}
	});
});

describe('cameraShift', () => {
	it('is nothing between one camera and itself', () => {
		const c = { center: [30, 50] as [number, number], zoom: 3 };
		expect(cameraShift(c, c).css).toBeUndefined();
	});
	it('scales by the zoom difference and shifts by the centres in the new camera`s pixels', () => {
		const from = { center: [0, 0] as [number, number], zoom: 2 };
		const to = { center: [90, 0] as [number, number], zoom: 3 };
		const s = cameraShift(from, to);
		expect(s.k).toBe(2);
		// A quarter of the world west, at 512 × 2³ px a world.
		expect(s.tx).toBeCloseTo(-1024, 6);
		expect(s.ty).toBeCloseTo(0, 6);
		expect(s.css).toBe('translate(-1024.00px, 0.00px) scale(2)');
	});
});
