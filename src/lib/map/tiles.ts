/**
 * The offline basemap as vector tiles, cut at build time from the Natural Earth countries in
 * geo/basemap (src/lib/server/tiles.ts) and served by the site itself. A map downloads only
 * the tiles it shows, and MapLibre's worker decodes them: the embed's first view needs a few
 * kilobytes of a world it would otherwise download whole, and the story page no longer
 * decodes the 1:50m world on the main thread.
 *
 * - `small`: 1:110m, for embeds and other small maps;
 * - `detailed`: 1:50m, for the story page.
 * Beyond `maxzoom` MapLibre enlarges the last level: the data has no more detail to give.
 */
export const TILESETS = {
	small: { maxzoom: 4 },
	detailed: { maxzoom: 5 }
} as const;

export type TileSet = keyof typeof TILESETS;

/** Layers of every tile: country polygons, and every border and coast as one line each. */
export const TILE_LAYERS = { land: 'land', borders: 'borders' } as const;

/** The URL scheme of the basemap's tiles in a MapLibre style, answered by `loadTile`. */
export const PROTOCOL = 'newsmap-basemap';

/** The tile URL template of a set, for the style. */
export const tileTemplate = (set: TileSet) => `${PROTOCOL}://${set}/{z}/{x}/{y}`;

/**
 * Fetches one tile for MapLibre (registered with `addProtocol`). MapLibre on its own takes a
 * tile's 404 for open sea and draws nothing, silently; every tile of ours exists (the open
 * sea is an empty file), so a failure here means the basemap is missing, and it is reported
 * with a message a reader can be shown. `root` is the absolute URL of the site's basemap/.
 */
export async function loadTile(url: string, root: string, signal: AbortSignal): Promise<{ data: ArrayBuffer }> {
	const path = url.slice(PROTOCOL.length + 3);
	let res: Response;
	try {
		res = await fetch(`${root}${path}.pbf`, { signal });
	} catch (e) {
		if ((e as Error)?.name === 'AbortError') throw e;
		throw new Error('the basemap could not be downloaded');
	}
	if (!res.ok) throw new Error(`the basemap could not be downloaded (HTTP ${res.status})`);
	return { data: await res.arrayBuffer() };
}
