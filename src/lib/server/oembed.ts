/**
 * GET /oembed?url=…&maxwidth=…&maxheight=…&format=json on the Node build (a static host
 * serves the prerendered /oembed/stories/<slug>.json instead). Answers only for pages of this
 * site that show a story: 404 for anything else, 501 for formats other than JSON.
 */
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { stories } from '$lib/server/stories';
import { embedUrlOf, oembed, storyOfUrl } from '$lib/embed/oembed';
import { siteRoot } from '$lib/embed/site';

const HEADERS = {
	'content-type': 'application/json; charset=utf-8',
	// Consumers may ask from a browser; the answer is public.
	'access-control-allow-origin': '*',
	'cache-control': 'public, max-age=3600'
};

function problem(status: number, message: string): Response {
	return new Response(JSON.stringify({ error: message }), { status, headers: HEADERS });
}

function positive(v: string | null): number | undefined {
	const n = v === null ? NaN : Number(v);
	return Number.isFinite(n) && n > 0 ? n : undefined;
}

export function oembedResponse(request: URL, titleOf: (slug: string) => string | undefined): Response {
	const q = request.searchParams;
	const format = q.get('format');
	if (format !== null && format !== 'json') return problem(501, 'Only format=json is served');
	const target = q.get('url');
	if (!target) return problem(400, 'The url parameter is required');
	const root = siteRoot(request, base);
	const found = storyOfUrl(target, root);
	const title = found ? titleOf(found.slug) : undefined;
	if (!found || title === undefined) return problem(404, 'Not a story of this site');
	const body = oembed({
		title,
		embedUrl: embedUrlOf(root, found.slug, found.search),
		siteRoot: root,
		maxwidth: positive(q.get('maxwidth')),
		maxheight: positive(q.get('maxheight'))
	});
	return new Response(JSON.stringify(body), { headers: HEADERS });
}

export const handleOEmbed: Handle = ({ event, resolve }) => {
	const p = event.url.pathname;
	if (p === `${base}/oembed` || p === `${base}/oembed/`) {
		return oembedResponse(event.url, (slug) => stories().get(slug)?.title);
	}
	return resolve(event);
};
