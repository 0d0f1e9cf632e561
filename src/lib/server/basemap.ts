/**
 * The basemap as one SVG path for a given view, drawn at build time: place pages and
 * other static pictures show countries without shipping TopoJSON or any script.
 */
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import topo50 from '$geo/basemap/countries-50m.topo.json';
import topo110 from '$geo/basemap/countries-110m.topo.json';
import type { Camera } from '$lib/geo/mercator';
import { webMercator } from '$lib/map/d3-projection';

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const decode = (t: unknown) => {
	const topology = t as Countries;
	return feature(topology, topology.objects.countries);
};
const detailed = decode(topo50);
const small = decode(topo110);

export function basemapPath(camera: Camera, width: number, height: number): string {
	// Clipping to the view keeps the path to what is seen: a few kilobytes, not the world.
	const projection = webMercator(camera, width, height).clipExtent([
		[-2, -2],
		[width + 2, height + 2]
	]);
	// Below zoom 4 the 1:110m outlines look the same on screen at a seventh of the bytes.
	return geoPath(projection).digits(0)(camera.zoom < 4 ? small : detailed) ?? '';
}
