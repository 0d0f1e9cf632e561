/**
 * A picture of a view of the story, for print and social cards: the basemap's land and
 * borders (the poster's d3-geo paths, drawn by the studio's server) under the site's own SVG
 * marks, with a caption band (title and source line), as one standalone SVG; the PNG is that
 * SVG drawn on a canvas, so neither needs the network or WebGL. And the alt text a CMS asks
 * for, written from the story: what the picture shows, not how it looks.
 */
import type { Camera } from '$lib/geo/mercator';
import { mercatorProjector } from '$lib/geo/mercator';
import { eventPlaces, inWindow, KIND_LABEL, type DayWindow } from '$lib/story/model';
import { formatDate } from '$lib/story/format';
import type { Story, StoryEvent } from '$lib/story/schema';

export interface PictureSize {
	name: string;
	width: number;
	height: number;
}
/** A social card (16:9 at 1200 px, what link previews show) and a print figure. */
export const PICTURE_SIZES: readonly PictureSize[] = [
	{ name: 'Social card, 1200 × 675', width: 1200, height: 675 },
	{ name: 'Print, 1600 × 1000', width: 1600, height: 1000 },
	{ name: 'Square, 1080 × 1080', width: 1080, height: 1080 }
];

/** The caption band under the map, in px: room for a title and a source line. */
export const BAND = 64;

/**
 * The camera that shows at least what a `from`-sized map shows at `camera`, in a picture of
 * another size: the same centre, the zoom changed by how much larger the picture is.
 */
export function pictureCamera(camera: Camera, from: { width: number; height: number }, to: { width: number; height: number }): Camera {
	if (!from.width || !from.height) return camera;
	const k = Math.min(to.width / from.width, to.height / from.height);
	return { ...camera, zoom: Math.max(0, Math.round((camera.zoom + Math.log2(k)) * 100) / 100) };
}

/** The credit line a picture carries: the story's own source line, else what it is made from. */
export function creditLine(story: Pick<Story, 'sourceLine' | 'reports'>): string {
	return story.sourceLine ?? `Source: ${story.reports.length} news report${story.reports.length === 1 ? '' : 's'}. Map: Natural Earth.`;
}

const day = (e: StoryEvent) => e.date ?? e.start;

function kindPhrase(kind: string, n: number): string {
	const noun = (KIND_LABEL[kind as keyof typeof KIND_LABEL] ?? kind).toLowerCase();
	// "Trade and sanctions", "Travel": not countable nouns, so counted as events.
	const uncountable = /\s|travel$/.test(noun);
	if (n === 1) return uncountable ? `1 ${noun} event` : `1 ${noun}`;
	return uncountable ? `${n} ${noun} events` : `${n} ${noun}s`;
}

function list(items: string[]): string {
	return new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);
}

export interface PictureView {
	camera: Camera;
	width: number;
	height: number;
	window?: DayWindow | null;
	/** Event ids a scene points at. */
	highlight?: ReadonlySet<string> | null;
}

/**
 * Alt text for a picture of `view`: the story, which places are in the picture, which
 * events happened there (by kind, over which days), what stands out, and the source. It
 * names only what is inside the picture's frame.
 */
export function altText(story: Story, view: PictureView): string {
	const project = mercatorProjector(view.camera, view.width, view.height);
	const inFrame = (c: readonly [number, number]) => {
		const [x, y] = project(c as [number, number]);
		return x >= 0 && y >= 0 && x <= view.width && y <= view.height;
	};
	const placeById = new Map(story.places.map((p) => [p.id, p]));
	const seen = new Set(story.places.filter((p) => inFrame(p.coordinates)).map((p) => p.id));
	const events = story.events.filter((e) => eventPlaces(e).some((p) => seen.has(p)) && (!view.window || inWindow(e, view.window)));
	// Places named by what happened there first, the busiest first.
	const busy = new Map<string, number>();
	for (const e of events) for (const p of eventPlaces(e)) if (seen.has(p)) busy.set(p, (busy.get(p) ?? 0) + 1);
	const places = [...busy.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => placeById.get(id)!.name);
	const out: string[] = [`Map: ${story.title}.`];
	if (!events.length) {
		out.push(seen.size ? `It shows ${list([...seen].slice(0, 6).map((id) => placeById.get(id)!.name))}, with no event of the story in view.` : 'No place of the story is in view.');
	} else {
		const kinds = new Map<string, number>();
		for (const e of events) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
		const phrases = [...kinds.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => kindPhrase(k, n));
		const days = events.map(day).filter((d): d is string => !!d).sort();
		const span = view.window
			? view.window.start === view.window.end
				? ` on ${formatDate(view.window.start, story.language)}`
				: ` between ${formatDate(view.window.start, story.language)} and ${formatDate(view.window.end, story.language)}`
			: days.length && days[0] !== days.at(-1)
				? ` from ${formatDate(days[0]!, story.language)} to ${formatDate(days.at(-1)!, story.language)}`
				: days.length
					? ` on ${formatDate(days[0]!, story.language)}`
					: '';
		const named = places.length > 6 ? `${places.slice(0, 5).join(', ')} and ${places.length - 5} other places` : list(places);
		out.push(`It marks ${list(phrases)}${span}, in ${named}.`);
		const hl = view.highlight ? events.filter((e) => view.highlight!.has(e.id)) : [];
		const titles = hl.map((e) => e.title);
		if (hl.length) out.push(`Highlighted: ${hl.length > 4 ? `${titles.slice(0, 3).join('; ')}; and ${hl.length - 3} more` : list(titles)}.`);
	}
	out.push(creditLine(story));
	return out.join(' ');
}

/** Text cut to what fits `width` px at `size` px (an average glyph is about 0.55 em wide). */
export function fitText(text: string, width: number, size: number): string {
	const max = Math.floor(width / (size * 0.55));
	return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

// Computed values that are the SVG defaults anyway: inlined on every element they only make
// the file larger (a third of it, on the flagship).
const DEFAULT_DECLS = new Set([
	'fill-opacity:1',
	'stroke-opacity:1',
	'opacity:1',
	'stroke-dasharray:none',
	'stroke-linecap:butt',
	'stroke-linejoin:miter',
	'paint-order:normal',
	'letter-spacing:normal',
	'visibility:visible',
	'display:inline',
	'dominant-baseline:auto',
	'text-anchor:start'
]);

/** Marks' markup with the inlined styles' default declarations dropped. */
export function compactStyles(markup: string): string {
	return markup.replace(/ style="([^"]*)"/g, (_, style: string) => {
		const kept = style
			.split(';')
			.map((d) => d.trim())
			.filter((d) => d && !DEFAULT_DECLS.has(d.replace(/\s+/g, '')));
		return kept.length ? ` style="${kept.join(';')}"` : '';
	});
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

export interface PictureParts {
	width: number;
	height: number;
	/** The basemap's paths for the picture's camera and size. */
	land: string;
	borders: string;
	/** The marks: an <svg> overlay's inner markup, its styles inlined. */
	marks: string;
	title: string;
	credit: string;
	alt: string;
	colours?: { water: string; land: string; border: string; ink: string; muted: string; paper: string };
	font?: string;
}

const LIGHT = { water: '#dfe9ef', land: '#f7f4ec', border: '#b9b1a2', ink: '#1a1a1a', muted: '#5c554b', paper: '#ffffff' };

/**
 * One standalone SVG: the map (width × height) and a caption band under it. The title and
 * the alt text are the file's <title> and <desc>, so the picture describes itself too. Story
 * text goes in as escaped XML text, never as markup.
 */
export function pictureSvg(p: PictureParts): string {
	const c = p.colours ?? LIGHT;
	const font = escapeXml(p.font ?? 'system-ui, sans-serif');
	const h = p.height + BAND;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${p.width}" height="${h}" viewBox="0 0 ${p.width} ${h}" role="img" aria-labelledby="picture-title picture-desc">`,
		`<title id="picture-title">${escapeXml(p.title)}</title>`,
		`<desc id="picture-desc">${escapeXml(p.alt)}</desc>`,
		`<clipPath id="picture-map"><rect width="${p.width}" height="${p.height}"/></clipPath>`,
		`<g clip-path="url(#picture-map)">`,
		`<rect width="${p.width}" height="${p.height}" fill="${c.water}"/>`,
		`<path d="${escapeXml(p.land)}" fill="${c.land}" stroke="${c.border}" stroke-width="0.8" stroke-linejoin="round"/>`,
		`<path d="${escapeXml(p.borders)}" fill="none" stroke="${c.border}" stroke-width="0.8" stroke-linejoin="round"/>`,
		`<g class="marks">${compactStyles(p.marks)}</g>`,
		`</g>`,
		`<rect y="${p.height}" width="${p.width}" height="${BAND}" fill="${c.paper}"/>`,
		`<rect y="${p.height}" width="${p.width}" height="2" fill="${c.ink}"/>`,
		`<text x="16" y="${p.height + 28}" font-family="${font}" font-size="20" font-weight="700" fill="${c.ink}">${escapeXml(fitText(p.title, p.width - 32, 20))}</text>`,
		`<text x="16" y="${p.height + 52}" font-family="${font}" font-size="14" fill="${c.muted}">${escapeXml(fitText(p.credit, p.width - 32, 14))}</text>`,
		`</svg>`
	].join('\n');
}

/** A file name for the picture: the slug and the view, never a path. */
export function pictureName(slug: string, camera: Camera, ext: 'svg' | 'png'): string {
	return `${slug}-${camera.center[1].toFixed(2)}N-${camera.center[0].toFixed(2)}E-z${camera.zoom.toFixed(1)}.${ext}`.replace(/[^\w.-]+/g, '_');
}
