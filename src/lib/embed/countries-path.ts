/**
 * The poster's basemap as SVG paths, drawn with d3-geo: at build time for the story's own
 * view (basemap.svg: the land and the borders), and in the browser (the countries) only for
 * a shared view, which loads this module on demand so that the first paint needs no d3-geo.
 */
import { geoPath, type GeoContext } from 'd3-geo';
import type { FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import type { Camera } from '$lib/geo/mercator';
import { webMercator } from '$lib/map/d3-projection';

/** The countries as one SVG path for `camera`, clipped to the box, in whole pixels. */
export function countriesPath(countries: FeatureCollection<Geometry, GeoJsonProperties>, camera: Camera, width: number, height: number): string {
	const projection = webMercator(camera, width, height).clipExtent([
		[-2, -2],
		[width + 2, height + 2]
	]);
	const writer = new PixelPathWriter();
	geoPath(projection, writer)(countries);
	return writer.result();
}

/**
 * A d3-geo path context writing whole-pixel, relative SVG commands: the poster is drawn
 * unscaled, so a tenth of a pixel is invisible, and small deltas compress far better than
 * four-digit absolute coordinates (the basemap file is the poster's largest download).
 * Rounding happens on absolute positions and deltas are taken between rounded points, so
 * the error never accumulates along a ring. Vertices that round onto the previous one are
 * dropped, and so are rings that collapse to fewer than three distinct pixels (islands
 * smaller than a pixel).
 */
class PixelPathWriter implements GeoContext {
	#out: string[] = [];
	#ring: number[] = [];
	// Where the pen is in the written path: after `z`, back at the start of the last ring.
	#x = 0;
	#y = 0;

	moveTo(x: number, y: number) {
		this.#flush();
		this.#ring.push(Math.round(x), Math.round(y));
	}
	lineTo(x: number, y: number) {
		const rx = Math.round(x);
		const ry = Math.round(y);
		const n = this.#ring.length;
		if (n >= 2 && this.#ring[n - 2] === rx && this.#ring[n - 1] === ry) return;
		this.#ring.push(rx, ry);
	}
	closePath() {
		this.#flush(true);
	}
	// Point features only, which the basemap has none of.
	arc() {}
	beginPath() {}

	result(): string {
		this.#flush();
		return this.#out.join('');
	}

	#flush(closed = false) {
		const r = this.#ring;
		this.#ring = [];
		let n = r.length;
		// A closed ring's last vertex repeating its first is said by `z` already.
		if (closed && n >= 4 && r[n - 2] === r[0] && r[n - 1] === r[1]) n -= 2;
		if (n < (closed ? 6 : 4)) return;
		const [x0 = 0, y0 = 0] = r;
		let s = `m${x0 - this.#x}${sign(y0 - this.#y)}l`;
		let px = x0;
		let py = y0;
		for (let i = 2; i < n; i += 2) {
			const x = r[i] ?? 0;
			const y = r[i + 1] ?? 0;
			s += `${i > 2 ? sign(x - px) : x - px}${sign(y - py)}`;
			px = x;
			py = y;
		}
		if (closed) {
			s += 'z';
			[this.#x, this.#y] = [x0, y0];
		} else [this.#x, this.#y] = [px, py];
		this.#out.push(s);
	}
}

/** A number following another: a minus sign separates them by itself. */
function sign(v: number): string {
	return v < 0 ? String(v) : ` ${v}`;
}
