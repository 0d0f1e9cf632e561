/**
 * What a printed story page draws instead of the live map: a still picture (StaticStoryMap)
 * and the countries under it (1:110m), loaded ahead of a print. Only the story page passes
 * this to StoryApp (an embed is never printed as a page), so the embed's build has none of it.
 */
import { BASEMAP_URLS } from '$lib/map/basemap';

export async function loadPrintMap() {
	const [m, p, countries] = await Promise.all([
		import('./StaticStoryMap.svelte'),
		import('$lib/embed/countries-path'),
		import('$lib/map/countries').then((c) => c.loadCountries(BASEMAP_URLS.small))
	]);
	return { StaticStoryMap: m.default, countriesPath: p.countriesPath, countries };
}

export type PrintMap = Awaited<ReturnType<typeof loadPrintMap>>;
