import { json, type RequestHandler } from '@sveltejs/kit';
import { searchPlaces } from '../../../lib/server/ingest';

/** Place search in the ingest's own gazetteer (GeoNames cities, countries, regions). */
export const GET: RequestHandler = ({ url }) => json(searchPlaces((url.searchParams.get('q') ?? '').slice(0, 80)));
