/**
 * The Web Mercator of ./projection as a d3-geo projection, for what draws whole geometries
 * with geoPath (basemap paths for the poster, place pages, the no-WebGL map, handouts).
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import { TILE_SIZE, type Camera, type Project } from '$lib/geo/mercator';

/** A d3 Mercator matching MapLibre's view of `camera` in a `width` × `height` viewport (bearing 0). */
export function webMercator(camera: Camera, width: number, height: number): GeoProjection {
	return geoMercator()
		.scale((TILE_SIZE * 2 ** camera.zoom) / (2 * Math.PI))
		.center([camera.center[0], camera.center[1]])
		.translate([width / 2, height / 2])
		.clipExtent(null)
		.precision(0.5);
}

export function projector(projection: GeoProjection): Project {
	return (p) => {
		const xy = projection([p[0], p[1]]);
		return xy ? [xy[0], xy[1]] : [NaN, NaN];
	};
}
