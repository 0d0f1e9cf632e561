import { describe, expect, it } from 'vitest';
import { mercatorProjector } from '$lib/geo/mercator';
import { cameraAbove, nearestSnap, nextSnap, SNAP_SHARE } from './sheet';

describe('bottom sheet', () => {
	it('snaps to the nearest point and steps through them on a tap', () => {
		expect(nearestSnap(0.2 * 600, 600)).toBe('peek');
		expect(nearestSnap(0.6 * 600, 600)).toBe('half');
		expect(nearestSnap(0.95 * 600, 600)).toBe('full');
		expect([nextSnap('peek'), nextSnap('half'), nextSnap('full')]).toEqual(['half', 'full', 'peek']);
	});

	it('moves the camera so a selection hidden under the sheet shows above it', () => {
		const camera = { center: [30, 48] as const, zoom: 4 };
		const [w, h] = [375, 560];
		const covered = SNAP_SHARE.half * h;
		const riyadh = [46.72, 24.69] as const;
		const before = mercatorProjector(camera, w, h)(riyadh);
		expect(before[1]).toBeGreaterThan(h - covered);
		const moved = cameraAbove(camera, [riyadh], w, h, covered)!;
		expect(moved.zoom).toBe(camera.zoom);
		const [x, y] = mercatorProjector(moved, w, h)(riyadh);
		expect(Math.abs(y - (h - covered) / 2)).toBeLessThan(0.5);
		expect(Math.abs(x - w / 2)).toBeLessThan(0.5);
	});

	it('leaves the camera alone when the selection is already in sight', () => {
		const camera = { center: [37.6, 55.75] as const, zoom: 4 };
		expect(cameraAbove(camera, [[37.6, 56.5]], 375, 560, 200)).toBeNull();
		expect(cameraAbove(camera, [[37.6, 56.5]], 375, 560, 340)).not.toBeNull();
		expect(cameraAbove(camera, [], 375, 560, 300)).toBeNull();
	});
});
