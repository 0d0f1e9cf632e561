/**
 * oEmbed (https://oembed.com): the JSON a CMS fetches to turn a pasted story link into our
 * embed, and the iframe snippet the builder hands out. Both carry the same markup.
 *
 * The snippet is HTML we give to other sites, never render ourselves; data in it (the
 * story title) is attribute-escaped here.
 */
export const PROVIDER = { provider_name: 'News map' } as const;
/**
 * The reserved shape before the embed reports its height, close to its real one at every
 * width (EmbedFrame sizes the map to match), so the host page barely shifts.
 */
export const ASPECT = { width: 4, height: 3 } as const;
export const RESERVED = { minHeight: 430, maxHeight: 724 } as const;
export const DEFAULT_WIDTH = 800;
/** Below this the map is unreadable: a narrower maxwidth (or a lower maxheight) gets a 404. */
export const MIN_WIDTH = 240;
export const MIN_HEIGHT = Math.round((MIN_WIDTH * ASPECT.height) / ASPECT.width);

export function escapeAttr(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface SnippetInput {
	embedUrl: string;
	title: string;
	/** Where /embed.js is served: the site root, absolute for other sites. */
	siteRoot: string;
	width?: number;
	height?: number;
}

/** An iframe that reserves its shape (no layout shift), plus the host script that fits its height. */
export function embedSnippet({ embedUrl, title, siteRoot, width, height }: SnippetInput): string {
	const size = width && height ? ` width="${Math.round(width)}" height="${Math.round(height)}"` : '';
	const max = width ? `max-width:${Math.round(width)}px;` : '';
	const minHeight = Math.min(RESERVED.minHeight, height ? Math.round(height) : Infinity);
	// The script first: it is tiny and async, and listening before the embed's first message
	// saves a round trip.
	return (
		`<script async src="${escapeAttr(siteRoot)}/embed.js"></script>` +
		`<iframe src="${escapeAttr(embedUrl)}" title="${escapeAttr(title)}"${size} loading="lazy" ` +
		`sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" ` +
		`style="display:block;width:100%;${max}height:auto;aspect-ratio:${ASPECT.width}/${ASPECT.height};` +
		`min-height:${minHeight}px;max-height:${RESERVED.maxHeight}px;border:0" data-newsmap-embed></iframe>`
	);
}

export interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	cache_age?: number;
}

export interface OEmbedInput {
	title: string;
	embedUrl: string;
	siteRoot: string;
	maxwidth?: number;
	maxheight?: number;
}

/**
 * The width and height we answer with, never over the consumer's maxwidth and maxheight (the
 * oEmbed spec's rule), keeping the 4:3 shape; null when the embed cannot be that small.
 */
export function fitSize(maxwidth?: number, maxheight?: number): { width: number; height: number } | null {
	let width = DEFAULT_WIDTH;
	if (maxwidth && maxwidth > 0) width = Math.min(width, Math.floor(maxwidth));
	if (maxheight && maxheight > 0) width = Math.min(width, Math.floor((Math.floor(maxheight) * ASPECT.width) / ASPECT.height));
	const height = Math.floor((width * ASPECT.height) / ASPECT.width);
	if (width < MIN_WIDTH || height < MIN_HEIGHT) return null;
	return { width, height };
}

/** The oEmbed answer, or null when maxwidth/maxheight are smaller than the embed can be. */
export function oembed({ title, embedUrl, siteRoot, maxwidth, maxheight }: OEmbedInput): OEmbedRich | null {
	const size = fitSize(maxwidth, maxheight);
	if (!size) return null;
	const { width, height } = size;
	return {
		version: '1.0',
		type: 'rich',
		title,
		...PROVIDER,
		provider_url: `${siteRoot}/`,
		html: embedSnippet({ embedUrl, title, siteRoot, width, height }),
		width,
		height,
		cache_age: 86400
	};
}

/**
 * Which story a URL of this site shows (story page, embed, or a page under the story such as
 * a place), or null for anything else: other hosts, other paths, malformed URLs. http and https
 * links to the same host are the same page (a CMS may store either).
 */
export function storyOfUrl(url: string, siteRoot: string): { slug: string; search: string } | null {
	let u: URL;
	let root: URL;
	try {
		u = new URL(url);
		root = new URL(siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`);
	} catch {
		return null;
	}
	const web = (x: URL) => x.protocol === 'http:' || x.protocol === 'https:';
	const sameSite = web(u) && web(root) && u.host === root.host;
	if (!sameSite || !u.pathname.startsWith(root.pathname)) return null;
	const rest = u.pathname.slice(root.pathname.length);
	const m = /^stories\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/.*)?$/.exec(rest);
	if (!m || m[1]!.endsWith('.geojson')) return null;
	return { slug: m[1]!, search: u.search };
}

/** The embed URL for a story view: same query (view and options), embed path. */
export function embedUrlOf(siteRoot: string, slug: string, search = ''): string {
	return `${siteRoot}/stories/${slug}/embed/${search}`;
}
