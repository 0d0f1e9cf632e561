import { error, type RequestHandler } from '@sveltejs/kit';
import { isTile, isTileSet, tile } from '$lib/server/tiles';

// The site's offline basemap, served the same way, so the studio's map is the site's map.
export const GET: RequestHandler = ({ params }) => {
	const [z, x, y] = [params.z, params.x, params.y].map(Number) as [number, number, number];
	if (!params.set || !isTileSet(params.set) || !isTile(params.set, z, x, y)) error(404, 'No such tile');
	return new Response(tile(params.set, z, x, y) as BodyInit, { headers: { 'content-type': 'application/x-protobuf', 'cache-control': 'public, max-age=86400' } });
};
