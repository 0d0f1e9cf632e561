import { error } from '@sveltejs/kit';
import { allTiles, isTile, isTileSet, tile } from '$lib/server/tiles';
import type { EntryGenerator, RequestHandler } from './$types';

// Written out as files at build time, so static hosts serve them like any asset.
export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => [...allTiles()].map(({ set, z, x, y }) => ({ set, z: String(z), x: String(x), y: String(y) }));

export const GET: RequestHandler = ({ params }) => {
	const [z, x, y] = [params.z, params.x, params.y].map(Number) as [number, number, number];
	if (!isTileSet(params.set) || !isTile(params.set, z, x, y)) error(404, 'No such tile');
	return new Response(tile(params.set, z, x, y) as BodyInit, {
		headers: { 'content-type': 'application/x-protobuf', 'cache-control': 'public, max-age=86400' }
	});
};
