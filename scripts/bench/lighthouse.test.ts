import { describe, expect, it } from 'vitest';
import { calibratedMultiplier } from './lighthouse';

describe('calibrated CPU slowdown', () => {
	it("follows Lighthouse's calculator at its anchors, and never drops below 1×", () => {
		expect(calibratedMultiplier(2000)).toBeCloseTo(6, 1);
		expect(calibratedMultiplier(1533)).toBeCloseTo(4, 2);
		expect(calibratedMultiplier(1300)).toBe(3);
		expect(calibratedMultiplier(1050)).toBe(2.5);
		expect(calibratedMultiplier(800)).toBe(2);
		expect(calibratedMultiplier(150)).toBe(1);
		expect(calibratedMultiplier(50)).toBe(1);
	});
});
