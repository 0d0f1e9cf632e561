/**
 * A PNG of the scene on screen: the MapLibre canvas with the SVG overlay drawn on top and a
 * caption band, for slides and worksheets. Browser only.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { snapshot_image_unreadable, snapshot_map_not_drawn, snapshot_no_canvas, snapshot_no_picture } from '$lib/paraglide/messages';

/**
 * The overlay is styled by the page's CSS, which an SVG drawn as an image does not see:
 * these computed properties are copied onto each element of the copy.
 */
const SVG_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'paint-order',
	'font-family',
	'font-size',
	'font-weight',
	'letter-spacing',
	'text-anchor',
	'dominant-baseline',
	'visibility',
	'display'
] as const;

export function inlineStyles(source: SVGSVGElement): SVGSVGElement {
	const copy = source.cloneNode(true) as SVGSVGElement;
	const from = [source, ...source.querySelectorAll('*')];
	const to = [copy, ...copy.querySelectorAll('*')];
	from.forEach((el, i) => {
		const target = to[i] as SVGElement | undefined;
		if (!target) return;
		const cs = getComputedStyle(el);
		target.setAttribute('style', SVG_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'));
		// Transitions and hit areas are for the screen; the hit areas' transparent strokes stay invisible anyway.
		target.removeAttribute('tabindex');
	});
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.style.position = '';
	return copy;
}

/**
 * The map canvas as pixels. WebGL clears its buffer after each frame unless asked not to,
 * so the picture is taken inside the next `render` event, before the frame is handed over.
 */
function mapPixels(map: MapLibreMap): Promise<string> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(snapshot_map_not_drawn())), 5000);
		map.once('render', () => {
			clearTimeout(timer);
			try {
				resolve(map.getCanvas().toDataURL('image/png'));
			} catch (err) {
				reject(err as Error);
			}
		});
		map.triggerRepaint();
	});
}

function loadImage(src: string): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const img = new Image();
		img.onload = () => resolve(img);
		img.onerror = () => reject(new Error(snapshot_image_unreadable()));
		img.src = src;
	});
}

export interface SceneImage {
	map: MapLibreMap | null;
	overlay: SVGSVGElement;
	title: string;
	caption: string;
	fileName: string;
}

export async function renderScenePng({ map, overlay, title, caption }: Omit<SceneImage, 'fileName'>): Promise<Blob> {
	const width = overlay.clientWidth || Number(overlay.getAttribute('width'));
	const height = overlay.clientHeight || Number(overlay.getAttribute('height'));
	const ratio = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
	const band = Math.round(Math.max(56, height * 0.1));
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * ratio);
	canvas.height = Math.round((height + band) * ratio);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error(snapshot_no_canvas());
	ctx.scale(ratio, ratio);
	ctx.fillStyle = '#dfe9ef';
	ctx.fillRect(0, 0, width, height);
	if (map) ctx.drawImage(await loadImage(await mapPixels(map)), 0, 0, width, height);
	else {
		// The static fallback map is itself an SVG: draw it like the overlay.
		const base = overlay.parentElement?.querySelector<SVGSVGElement>('.static-map svg');
		if (base) ctx.drawImage(await svgImage(base), 0, 0, width, height);
	}
	ctx.drawImage(await svgImage(overlay), 0, 0, width, height);
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, height, width, band);
	ctx.fillStyle = '#1a1a1a';
	ctx.fillRect(0, height, width, 2);
	const family = getComputedStyle(document.documentElement).getPropertyValue('--sans') || 'sans-serif';
	ctx.textBaseline = 'alphabetic';
	ctx.font = `700 ${Math.round(band * 0.36)}px ${family}`;
	ctx.fillText(title, 16, height + band * 0.48, width - 32);
	ctx.fillStyle = '#5c554b';
	ctx.font = `400 ${Math.round(band * 0.24)}px ${family}`;
	ctx.fillText(caption, 16, height + band * 0.84, width - 32);
	return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(snapshot_no_picture()))), 'image/png'));
}

async function svgImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
	const text = new XMLSerializer().serializeToString(inlineStyles(svg));
	const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
	try {
		return await loadImage(url);
	} finally {
		URL.revokeObjectURL(url);
	}
}

export async function downloadScenePng(opts: SceneImage): Promise<void> {
	const blob = await renderScenePng(opts);
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = opts.fileName;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
