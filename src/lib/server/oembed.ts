/**
 * GET /oembed?url=…&maxwidth=…&maxheight=…&format=json on the Node build (a static host
 * serves the prerendered /oembed/stories/<slug>.json instead). Answers only for pages of this
 * site that show a story: 404 for anything else and for a size the embed cannot fit (as the
 * spec says), 501 for formats other than JSON (in any case).
 *
 * Every URL in the answer is built from the configured ORIGIN, never from the request: a Host
 * header is the client's to forge, and this answer is cached publicly. Without ORIGIN (only
 * possible when build-node/index.js is started directly) the endpoint refuses to answer.
 */
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
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
	return new Response(JSON.stringify({ error: message }), { status, headers: { ...HEADERS, 'cache-control': 'no-store' } });
}

function positive(v: string | null): number | undefined {
	const n = v === null ? NaN : Number(v);
	return Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * The answer to one request. `origin` is the site's configured public origin: the request's own
 * origin is used for nothing but reading its query.
 */
export function oembedResponse(request: URL, titleOf: (slug: string) => string | undefined, origin: string): Response {
	const q = request.searchParams;
	const format = q.get('format');
	if (format !== null && format.toLowerCase() !== 'json') return problem(501, 'Only format=json is served');
	const target = q.get('url');
	if (!target) return problem(400, 'The url parameter is required');
	const root = siteRoot(new URL(request.pathname, origin), base);
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
	if (!body) return problem(404, 'The embed cannot fit in the given maxwidth/maxheight');
	return new Response(JSON.stringify(body), { headers: HEADERS });
}

export const handleOEmbed: Handle = ({ event, resolve }) => {
	const p = event.url.pathname;
	if (p === `${base}/oembed` || p === `${base}/oembed/`) {
		// `vite dev` has no ORIGIN: there the dev server's own address is the site's.
		const origin = env.ORIGIN || (dev ? event.url.origin : '');
		if (!origin) return problem(500, 'This server has no ORIGIN configured, so it cannot say where its embeds live');
		return oembedResponse(event.url, (slug) => stories().get(slug)?.title, origin);
	}
	return resolve(event);
};
