/**
 * The basemap's countries as GeoJSON, for the maps drawn as SVG (no WebGL, presentation
 * handouts, a poster for a shared view). Apart from ./basemap, which every page with a map
 * loads: the TopoJSON decoder comes only with a map that needs it.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';

export type CountryCollection = FeatureCollection<Geometry, { name: string }>;

/** Fetches and decodes a basemap; throws an Error whose message can be shown to a reader. */
export async function loadCountries(url: string, fetcher: typeof fetch = fetch): Promise<CountryCollection> {
	let res: Response;
	try {
		res = await fetcher(url);
	} catch {
		throw new Error('the basemap could not be downloaded');
	}
	if (!res.ok) throw new Error(`the basemap could not be downloaded (HTTP ${res.status})`);
	let topo: Topology<{ countries: GeometryCollection<{ name: string }> }>;
	try {
		topo = (await res.json()) as typeof topo;
		if (topo?.type !== 'Topology' || !topo.objects?.countries) throw new Error('not a TopoJSON topology');
	} catch {
		throw new Error('the basemap file is damaged');
	}
	return feature(topo, topo.objects.countries) as CountryCollection;
}

