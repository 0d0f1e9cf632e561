import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { allTiles, isTile, tile } from './tiles';
import { TILESETS } from '$lib/map/tiles';

const read = (bytes: Uint8Array) => new VectorTile(new PbfReader(bytes));

/** Longitude/latitude of a tile's point, from its tile-local coordinates. */
function lonLat(z: number, x: number, y: number, px: number, py: number, extent: number): [number, number] {
	const n = 2 ** z;
	const lon = ((x + px / extent) / n) * 360 - 180;
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * (y + py / extent)) / n))) * 180) / Math.PI;
	return [lon, lat];
}

/** Whether a point is on the tile's land (even-odd over all its rings). */
function onLand(set: 'small' | 'detailed', z: number, x: number, y: number, lon: number, lat: number): boolean {
	const land = read(tile(set, z, x, y)).layers.land;
	if (!land) return false;
	let hit = false;
	for (let i = 0; i < land.length; i++)
		for (const ring of land.feature(i).loadGeometry()) {
			const pts = ring.map((p) => lonLat(z, x, y, p.x, p.y, land.extent));
			for (let a = 0, b = pts.length - 1; a < pts.length; b = a++) {
				const [xa, ya] = pts[a]!;
				const [xb, yb] = pts[b]!;
				if (ya > lat !== yb > lat && lon < ((xb - xa) * (lat - ya)) / (yb - ya) + xa) hit = !hit;
			}
		}
	return hit;
}

describe('basemap tiles', () => {
	it('hold the land, merged, and border lines, without names', () => {
		const t = read(tile('small', 0, 0, 0));
		expect(Object.keys(t.layers).sort()).toEqual(['borders', 'land']);
		const land = t.layers.land!;
		// One shape for all the land (its rings are continents and islands, not countries), and
		// the pieces of it that the world's wrap brings into the tile's buffer from either side.
		expect(land.length).toBeLessThanOrEqual(3);
		const rings = Array.from({ length: land.length }, (_, i) => land.feature(i).loadGeometry().length);
		expect(Math.max(...rings)).toBeGreaterThan(50);
		expect(land.feature(0).type).toBe(3);
		expect(land.feature(0).properties).toEqual({});
		expect(t.layers.borders!.feature(0).type).toBe(2);
	});

	it('put Riyadh on land, the Gulf at sea, and the open Pacific in an empty tile', () => {
		// Riyadh (46.7°E, 24.7°N) at z4 is in tile 10/6; its land polygon covers the city.
		const [z, x, y] = [4, 10, 6];
		expect(onLand('small', z, x, y, 46.72, 24.69)).toBe(true);
		expect(onLand('small', z, x, y, 51.5, 27)).toBe(false); // the Persian Gulf
		// 130°W, 10°S: open sea, an empty file that MapLibre reads as no features.
		expect(tile('small', 4, 2, 8).byteLength).toBe(0);
	});

	it('wrap the antimeridian: Chukotka is in the world’s first and last columns, with no band across', () => {
		// Russia's polygon crosses 180°: both edge tiles of the northern row have land, and
		// no ring in the first column reaches across the map (a band would span the tile).
		for (const x of [0, 3]) {
			const land = read(tile('small', 2, x, 0)).layers.land!;
			expect(land.length, `x=${x}`).toBeGreaterThan(0);
		}
		const left = read(tile('small', 2, 0, 0)).layers.land!;
		for (let i = 0; i < left.length; i++)
			for (const ring of left.feature(i).loadGeometry()) {
				const xs = ring.map((p) => p.x);
				expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(left.extent * 1.1);
			}
	});

	it('run Antarctica down to the pole, with no coast along the bottom of the world', () => {
		// world-atlas closes Antarctica's ring straight across at the coast's latitude (−84.7° at
		// 1:110m), which left a strip of sea along the bottom of the map at low zoom.
		for (const set of ['small', 'detailed'] as const)
			for (let x = 0; x < 4; x++)
				for (const lon of [-180 + 90 * x + 10, -180 + 90 * x + 80]) expect(onLand(set, 2, x, 3, lon, -85), `${set} ${lon}°`).toBe(true);
		// The coasts: no line runs along the tile's bottom edge, across it.
		for (const set of ['small', 'detailed'] as const)
			for (let x = 0; x < 4; x++) {
				const borders = read(tile(set, 2, x, 3)).layers.borders!;
				for (let i = 0; i < borders.length; i++)
					for (const line of borders.feature(i).loadGeometry())
						for (let k = 1; k < line.length; k++) {
							const [a, b] = [line[k - 1]!, line[k]!];
							const low = Math.min(a.y, b.y) >= borders.extent * 0.98;
							expect(low && Math.abs(b.x - a.x) > borders.extent / 4, `${set} x=${x}`).toBe(false);
						}
			}
	});

	it('name every tile of both sets once, and nothing else', () => {
		const all = [...allTiles()];
		const count = (max: number) => Array.from({ length: max + 1 }, (_, z) => 4 ** z).reduce((a, b) => a + b, 0);
		expect(all.length).toBe(count(TILESETS.small.maxzoom) + count(TILESETS.detailed.maxzoom));
		expect(isTile('small', 4, 15, 15)).toBe(true);
		for (const [z, x, y] of [[5, 0, 0], [4, 16, 0], [-1, 0, 0], [2, 1.5, 0], [2, 0, -1]] as const) expect(isTile('small', z, x, y)).toBe(false);
	});
});
