/**
 * An exchange of prisoners, bodies or captives between two parties. Drawn at the place where
 * it happened as a round badge with two opposed arrows (⇄), the counts each side gave beside
 * it ("150 ⇄ 150"); when the reports give no place, as a line between the two sides' places
 * with a dot at each end (nothing is said to travel a route).
 */
import type { schema } from './exchange.format';
import { defineKind, type Ctx2D, type Paint, type SymbolSize } from './kind';
import { SYMBOL_DASH, flowLine, stroke } from './shared';

const COLOUR = '#6A3D9A';

/** The badge's radius and its arrows, px at a scale: the SVG component draws the same. */
export function exchangeBadge(scale: number) {
	const r = 10 * scale;
	// Two arrows, one above the centre pointing right, one below pointing left.
	const a = 5.5 * scale, dy = 2.6 * scale, head = 3 * scale;
	return {
		r,
		arrows: [
			{ from: [-a, -dy], to: [a, -dy], head: [[a - head, -dy - head], [a, -dy], [a - head, -dy + head]] },
			{ from: [a, dy], to: [-a, dy], head: [[-a + head, dy - head], [-a, dy], [-a + head, dy + head]] }
		] as const
	};
}

/** "150 ⇄ 150" when both counts are stated, else the one stated. */
export function exchangeLabel(e: { sides: readonly { gave?: { text: string } }[] }): string {
	const counts = e.sides.map((s) => s.gave?.text);
	return counts.every((c) => c) ? counts.join(' ⇄ ') : (counts.find((c) => c) ?? '');
}

function drawBadge(ctx: Ctx2D, colour: string, happened: boolean, alpha: number, [x, y]: [number, number], scale: number, paint: Paint) {
	const { r, arrows } = exchangeBadge(scale);
	ctx.globalAlpha = alpha;
	ctx.beginPath();
	ctx.arc(x, y, r, 0, 2 * Math.PI);
	ctx.fillStyle = paint.paper;
	ctx.fill();
	ctx.strokeStyle = colour;
	ctx.lineWidth = 2;
	ctx.setLineDash(happened ? [] : SYMBOL_DASH);
	ctx.stroke();
	ctx.setLineDash([]);
	ctx.lineWidth = 1.6 * scale;
	ctx.beginPath();
	for (const ar of arrows) {
		ctx.moveTo(x + ar.from[0], y + ar.from[1]);
		ctx.lineTo(x + ar.to[0], y + ar.to[1]);
		ctx.moveTo(x + ar.head[0][0], y + ar.head[0][1]);
		ctx.lineTo(x + ar.head[1][0], y + ar.head[1][1]);
		ctx.lineTo(x + ar.head[2][0], y + ar.head[2][1]);
	}
	ctx.stroke();
}

export default defineKind<typeof schema>({
	kind: 'exchange',
	label: 'Exchange',
	group: { id: 'exchanges', label: 'Exchanges of prisoners', order: 5 },
	legend: { label: 'Exchange of prisoners or bodies, with counts', order: 5 },
	colour: COLOUR,
	stroke: (status) => stroke(status === 'happened' ? '2 5' : '7 5', status === 'happened'),
	places: (e) => (e.place !== undefined ? [e.place] : e.sides.flatMap((s) => (s.place !== undefined ? [s.place] : []))),
	people: (e) => e.sides.map((s) => s.party),
	involved: (e) => [...e.sides.map((s) => s.party), ...(e.mediators ?? [])],
	figures: (e) => e.sides.flatMap((s) => (s.gave ? [s.gave] : [])),
	details: (e) => [
		{ term: 'Exchanged', text: e.of },
		...e.sides.map((s) => ({ term: 'Handed over', actors: [s.party], text: s.gave ? `${s.gave.text}${s.gave.unit ? ` ${s.gave.unit}` : ''}` : 'a number not stated' })),
		...(e.mediators.length ? [{ term: 'Mediated by', actors: e.mediators }] : [])
	],
	spoken: (e) => {
		const label = exchangeLabel(e);
		return label ? `${label}: ` : '';
	},
	mark: {
		layer: 3,
		layerName: 'exchanges',
		classes: 'exchange-mark',
		slotGroup: 'exchange',
		shape: (e) =>
			e.place !== undefined
				? { at: e.place, label: exchangeLabel(e) }
				: { line: [e.sides[0].place!, e.sides[1].place!] as const, label: exchangeLabel(e) },
		line: flowLine('dots'),
		symbol: {
			size(_, scale): SymbolSize {
				const r = exchangeBadge(scale).r;
				return { r, w: 2 * r, h: 2 * r, off: r + 4 };
			},
			draw(ctx, it, alpha, c, _size, paint, scale) {
				drawBadge(ctx, it.colour, it.happened, alpha, c, scale, paint);
				if (it.label) {
					const r = exchangeBadge(scale).r;
					ctx.font = `700 ${13 * scale}px ${paint.font}`;
					ctx.lineWidth = 3.5;
					ctx.lineJoin = 'round';
					ctx.strokeStyle = paint.halo;
					ctx.strokeText(it.label, c[0] + r + 5, c[1] + 4 * scale);
					ctx.fillStyle = paint.count;
					ctx.fillText(it.label, c[0] + r + 5, c[1] + 4 * scale);
				}
			},
			ring: (ctx, c, { r }) => ctx.arc(c[0], c[1], Math.max(r + 3, 12), 0, 2 * Math.PI),
			hit(x, y, c, { r }) {
				const d = Math.hypot(x - c[0], y - c[1]);
				return d <= Math.max(r + 3, 12) ? d : Infinity;
			}
		},
		glyph: { at: [22, 10] }
	}
});
