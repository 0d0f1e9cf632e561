/**
 * The hit-target probe (issue #16.1), shared by the browser test and anyone measuring: for
 * every mark on the page, up to `per` points inside its drawn shapes (a stroke's length, a
 * fill's inside), each clicked with a real pointerdown + click at the element on top there.
 */
import type { Page } from 'playwright-core';

export interface Probe {
	marks: number;
	points: number;
	reached: number;
	covered: number;
	misses: string[];
	/** Each missed point: where, on what, and what it opened instead. */
	details: string[];
}

/** In the page: samples each mark's drawn shapes and clicks 9 points inside them. */
export async function probeAll(page: Page, touch = false, per = 9): Promise<Probe> {
	return page.evaluate(async ({ touch, per }) => {
		const svg = document.querySelector<SVGSVGElement>('svg.overlay')!;
		const host = svg.parentElement!;
		const box = host.getBoundingClientRect();
		const map = (window as unknown as { __newsmap?: { map: { getCenter(): { lng: number; lat: number }; getZoom(): number; stop(): void; isMoving(): boolean; jumpTo(o: object): void } } }).__newsmap?.map;
		const camera = map ? { center: map.getCenter(), zoom: map.getZoom() } : null;
		const macrotask = () => new Promise<void>((r) => {
			const ch = new MessageChannel();
			ch.port1.onmessage = () => r();
			ch.port2.postMessage(0);
		});
		const away = () => {
			const c = map!.getCenter();
			return Math.abs(c.lng - camera!.center.lng) > 1e-6 || Math.abs(c.lat - camera!.center.lat) > 1e-6 || Math.abs(map!.getZoom() - camera!.zoom) > 1e-6;
		};
		const frame = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

		// Each point knows whether it lies on a symbol (a meeting's circle, a box) or a line.
		type At = DOMPoint & { symbol?: boolean };
		function pointsOf(mark: Element): At[] {
			const out: At[] = [];
			const shapes = [...mark.querySelectorAll<SVGGeometryElement>('circle, rect, path, polygon, ellipse, line')].filter((el) => !el.classList.contains('hit'));
			for (const el of shapes) {
				const symbol = el.matches('circle.meeting, rect');
				const cs = getComputedStyle(el);
				if (cs.display === 'none' || cs.visibility === 'hidden') continue;
				const ctm = el.getScreenCTM();
				if (!ctm) continue;
				if (cs.fill === 'none' || cs.fill === 'transparent') {
					const len = el.getTotalLength();
					if (!(len > 0)) continue;
					for (let k = 1; k <= 9; k++) out.push(Object.assign(el.getPointAtLength((len * k) / 10).matrixTransform(ctm), { symbol }));
				} else {
					const b = el.getBBox();
					for (let i = 1; i <= 5; i++)
						for (let j = 1; j <= 5; j++) {
							const p = new DOMPoint(b.x + (b.width * i) / 6, b.y + (b.height * j) / 6);
							if (el.isPointInFill(p)) out.push(Object.assign(p.matrixTransform(ctm), { symbol }));
						}
				}
			}
			if (out.length <= per) return out;
			return Array.from({ length: per }, (_, k) => out[Math.floor((k * (out.length - 1)) / Math.max(1, per - 1))]!);
		}

		const marks = [...svg.querySelectorAll('.mark[data-event]'), ...svg.querySelectorAll('.place[data-place]')];
		const res = { marks: 0, points: 0, reached: 0, covered: 0, misses: [] as string[], details: [] as string[] };
		for (const mark of marks) {
			const id = mark.getAttribute('data-event') ?? mark.getAttribute('data-place')!;
			const type = mark.hasAttribute('data-event') ? 'event' : 'place';
			const pts = pointsOf(mark).filter((p) => p.x > box.left + 1 && p.x < box.right - 1 && p.y > box.top + 1 && p.y < box.bottom - 1);
			if (pts.length) res.marks++;
			let miss = 0;
			for (const p of pts) {
				const top = document.elementFromPoint(p.x, p.y);
				// Under the key, a control, the panel, or (for a point on a line, a deployment's route
				// included) the dot of the place it ends at, drawn over it: there the place is picked.
				const underDot = type === 'event' && top?.matches('.place .dot') && !p.symbol;
				if (!top || !host.contains(top) || underDot || top.closest('details, button, a, [role="dialog"], .maplibregl-control-container')) {
					res.covered++;
					continue;
				}
				res.points++;
				const init = { bubbles: true, cancelable: true, clientX: p.x, clientY: p.y, composed: true };
				top.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: touch ? 'touch' : 'mouse', isPrimary: true }));
				top.dispatchEvent(new PointerEvent('pointerup', { ...init, pointerType: touch ? 'touch' : 'mouse', isPrimary: true }));
				top.dispatchEvent(new MouseEvent('click', { ...init, detail: 1 }));
				await macrotask();
				// A selection that reveals its places has started the camera's flight by now.
				const moved = !!map && !!camera && (map.isMoving() || away());
				const sel = type === 'event' ? `.mark.selected[data-event="${CSS.escape(id)}"]` : `.place.selected[data-place="${CSS.escape(id)}"]`;
				const chooser = document.querySelector('.chooser');
				const ok = !!svg.querySelector(sel) || !!chooser?.querySelector(`button[data-pick="${type}"][data-id="${CSS.escape(id)}"]`);
				if (ok) res.reached++;
				else {
					miss++;
					const got = chooser ? [...chooser.querySelectorAll('button[data-id]')].map((b) => b.getAttribute('data-id')).join('|') : [...svg.querySelectorAll('.selected')].map((e) => e.getAttribute('data-event') ?? e.getAttribute('data-place')).join('|');
					res.details.push(`${id} @${Math.round(p.x - box.left)},${Math.round(p.y - box.top)} on ${top.tagName}.${top.getAttribute('class')} got ${got || 'nothing'}`);
				}
				if (chooser) chooser.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
				await macrotask();
				if (svg.querySelector('.selected')) document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
				await macrotask();
				if (map && camera && (moved || map.isMoving() || away())) {
					// A selection may have moved the camera to reveal its places (the move starts a
					// frame or two after the click): put it back, and wait until the map (and the
					// overlay with it) has rested there for two frames running.
					await frame();
					for (let k = 0, still = 0; k < 90 && still < 2; k++) {
						if (away() || map.isMoving()) {
							still = 0;
							map.stop();
							map.jumpTo({ center: camera.center, zoom: camera.zoom });
						} else still++;
						await frame();
					}
				}
			}
			if (miss) res.misses.push(`${type}:${id} ${miss}/${pts.length}`);
		}
		return res;
	}, { touch, per });
}

