import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { countriesPath } from './countries-path';
import { projector, webMercator } from '$lib/map/d3-projection';

const camera = { center: [38, 44] as const, zoom: 3 };
const fc = (...coordinates: number[][][][]): FeatureCollection<Geometry> => ({
	type: 'FeatureCollection',
	features: coordinates.map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: c } }))
});

/** The absolute vertices of each subpath of an `m…l…z` path. */
function absolute(d: string): [number, number][][] {
	const rings: [number, number][][] = [];
	let x = 0, y = 0, sx = 0, sy = 0;
	for (const [, cmd, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
		const n = (args ?? '').match(/-?\d+/g)?.map(Number) ?? [];
		if (cmd === 'z') [x, y] = [sx, sy];
		for (let i = 0; i < n.length; i += 2) {
			x += n[i]!;
			y += n[i + 1]!;
			if (cmd === 'm') {
				[sx, sy] = [x, y];
				rings.push([]);
			}
			rings.at(-1)!.push([x, y]);
		}
	}
	return rings;
}

describe('countriesPath (poster basemap)', () => {
	it('writes whole-pixel relative commands that land on the rounded projected vertices', () => {
		// Two rings (clockwise on the sphere, as d3 expects), so the second move is relative to the first ring's start.
		const a = [[30, 40], [30, 50], [40, 50], [40, 40], [30, 40]];
		const b = [[50, 30], [50, 35], [55, 35], [55, 30], [50, 30]];
		const d = countriesPath(fc([a], [b]), camera, 1600, 1000);
		expect(d).toMatch(/^[mlz\d -]+$/);
		const project = projector(webMercator(camera, 1600, 1000));
		const rounded = (ring: number[][]) => new Set(ring.map((p) => project([p[0]!, p[1]!]).map(Math.round).join()));
		const rings = absolute(d);
		expect(rings).toHaveLength(2);
		// d3 adds vertices along the (great-circle) edges; the corners are there, exactly rounded.
		for (const [ring, src] of [[rings[0]!, a], [rings[1]!, b]] as const) {
			const drawn = new Set(ring.map((p) => p.join()));
			for (const corner of rounded(src)) expect(drawn).toContain(corner);
		}
	});
	it('drops rings smaller than a pixel', () => {
		const speck = [[38, 44], [38, 44.01], [38.01, 44.01], [38.01, 44], [38, 44]];
		expect(countriesPath(fc([speck]), camera, 1600, 1000)).toBe('');
	});
});
