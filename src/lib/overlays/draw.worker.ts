/**
 * Rasterises the canvas overlay off the main thread. Ten thousand arcs take the better part
 * of a second to stroke in a software rasteriser; drawn here, the page keeps answering
 * clicks, keys and the map's own frames while the picture is made, and the finished bitmap
 * is handed back whole (the page swaps it in, in the same task as the transform that goes
 * with it, so nothing jumps).
 *
 * Messages in:  { type: 'marks', items }            once per story (the drawable items)
 *               { type: 'draw', id, looks, a, … }  per redraw; only the newest is drawn
 * Messages out: { id, bitmap }                     the drawing of request `id`
 *               { id, error }                      it could not be drawn here
 */
import { affineProject, drawCanvas, type Affine, type DrawItem, type Paint } from './canvas';

export interface DrawRequest {
	type: 'draw';
	id: number;
	looks: Uint8Array;
	a: Affine;
	width: number;
	height: number;
	/** The margin drawn around the viewport on each side, CSS pixels. */
	mx: number;
	my: number;
	dpr: number;
	scale: number;
	paint: Paint;
}
export type WorkerMessage = { type: 'marks'; items: DrawItem[] } | DrawRequest;
export type WorkerReply = { id: number; bitmap: ImageBitmap } | { id: number; error: string };

let items: DrawItem[] = [];
let pending: DrawRequest | null = null;
let scheduled = false;
let canvas: OffscreenCanvas | null = null;

function draw(r: DrawRequest): ImageBitmap {
	const w = Math.round((r.width + 2 * r.mx) * r.dpr), h = Math.round((r.height + 2 * r.my) * r.dpr);
	if (!canvas || canvas.width !== w || canvas.height !== h) canvas = new OffscreenCanvas(w, h);
	// Software, as on the page: GPU-rasterised paths are slow by the thousand, and very slow
	// where the GPU is emulated (tens of seconds for ten thousand dashed arcs).
	const ctx = canvas.getContext('2d', { willReadFrequently: true });
	if (!ctx) throw new Error('no 2D context in the worker');
	ctx.setTransform(r.dpr, 0, 0, r.dpr, r.mx * r.dpr, r.my * r.dpr);
	drawCanvas(ctx, { items }, r.looks, affineProject(r.a), r.width, r.height, r.scale, r.paint, {
		x: -r.mx,
		y: -r.my,
		w: r.width + 2 * r.mx,
		h: r.height + 2 * r.my
	});
	return canvas.transferToImageBitmap();
}

// Requests that queue up while a drawing is made are stale but for the newest: let the
// queue drain (a task later) before drawing, and draw only that one.
function run() {
	scheduled = false;
	const r = pending;
	pending = null;
	if (!r) return;
	try {
		const bitmap = draw(r);
		(self as unknown as Worker).postMessage({ id: r.id, bitmap } satisfies WorkerReply, [bitmap]);
	} catch (e) {
		(self as unknown as Worker).postMessage({ id: r.id, error: (e as Error).message } satisfies WorkerReply);
	}
}

self.onmessage = (e: MessageEvent<WorkerMessage>) => {
	const m = e.data;
	if (m.type === 'marks') items = m.items;
	else if (m.type === 'draw') {
		pending = m;
		if (!scheduled) {
			scheduled = true;
			setTimeout(run, 0);
		}
	}
};
