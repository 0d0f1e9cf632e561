/** A country name from geo/basemap/country-labels.json, shown from `minZoom` on. */
export interface CountryLabel {
	id: string;
	/** ISO 3166-1 alpha-2, '' where Natural Earth has no code (Kosovo, N. Cyprus…). */
	country: string;
	name: string;
	lon: number;
	lat: number;
	minZoom: number;
}
