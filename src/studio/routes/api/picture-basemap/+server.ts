/**
 * The basemap of a picture (see ../../../lib/picture.ts): the land and the borders for a
 * camera and a size, as SVG paths, drawn as the story page's poster is (1:50m Natural Earth,
 * d3-geo, whole pixels). Read-only.
 */
import { error, json, type RequestHandler } from '@sveltejs/kit';
import type { FeatureCollection, Geometry } from 'geojson';
import { posterShapes } from '$lib/server/poster';
import type { Countries } from '$lib/server/land';
import { countriesPath } from '$lib/embed/countries-path';
import topo from '$geo/basemap/countries-50m.topo.json';

let shapes: ReturnType<typeof posterShapes> | null = null;

export const GET: RequestHandler = ({ url }) => {
	const n = (k: string) => Number(url.searchParams.get(k));
	const [lon, lat, zoom, width, height] = [n('lon'), n('lat'), n('zoom'), n('width'), n('height')];
	if (![lon, lat, zoom, width, height].every(Number.isFinite) || Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22)
		error(400, 'lon, lat, zoom, width and height are required, as numbers on the map.');
	if (width < 50 || height < 50 || width > 4000 || height > 4000) error(400, 'A picture is 50 to 4000 px on a side.');
	shapes ??= posterShapes(topo as unknown as Countries);
	const camera = { center: [lon, lat] as [number, number], zoom };
	const draw = (fc: FeatureCollection<Geometry>) => countriesPath(fc, camera, width, height);
	return json({ land: draw(shapes.land), borders: draw(shapes.borders) });
};
