/**
 * A strike: an attack on a place. Drawn as a starburst at the place struck, its claimed
 * casualties beside it ("at least 12 killed"), and a thin arrow from where it was launched
 * when a report says. Hollow and dashed when threatened or planned rather than carried out.
 */
import type { schema } from './strike.format';
import { defineKind, type Ctx2D, type Paint, type SymbolSize } from './kind';
import { SYMBOL_DASH, statusStroke } from './shared';

const COLOUR = '#B2182B';

/** The starburst's points around its centre, px at a scale: the SVG component draws the same. */
export function starburst(scale: number): { r: number; points: [number, number][] } {
	const r = 10 * scale, inner = 4.6 * scale, n = 8;
	const points: [number, number][] = [];
	for (let i = 0; i < 2 * n; i++) {
		const a = -Math.PI / 2 + (i * Math.PI) / n;
		const k = i % 2 === 0 ? r : inner;
		points.push([Math.round(Math.cos(a) * k * 10) / 10, Math.round(Math.sin(a) * k * 10) / 10]);
	}
	return { r, points };
}

/** The first claimed casualty figure, with what it counts: "at least 12 killed". */
export function strikeLabel(e: { casualties: readonly { text: string; measure?: string }[] }): string {
	const f = e.casualties[0];
	return f ? [f.text, f.measure].filter(Boolean).join(' ') : '';
}

function drawStar(ctx: Ctx2D, colour: string, happened: boolean, alpha: number, [x, y]: [number, number], scale: number, paint: Paint) {
	const { points } = starburst(scale);
	ctx.globalAlpha = alpha;
	ctx.beginPath();
	points.forEach(([px, py], i) => (i ? ctx.lineTo(x + px, y + py) : ctx.moveTo(x + px, y + py)));
	ctx.closePath();
	ctx.fillStyle = happened ? colour : paint.paper;
	ctx.fill();
	ctx.strokeStyle = happened ? paint.paper : colour;
	ctx.lineWidth = happened ? 1.2 : 2;
	ctx.setLineDash(happened ? [] : SYMBOL_DASH);
	ctx.stroke();
	ctx.setLineDash([]);
}

export default defineKind<typeof schema>({
	kind: 'strike',
	label: 'Strike',
	group: { id: 'strikes', label: 'Strikes', order: 6 },
	legend: { label: 'Strike on a place, with claimed casualties', order: 6 },
	colour: COLOUR,
	stroke: (status) => statusStroke(status),
	places: (e) => (e.from === undefined ? [e.target] : [e.from, e.target]),
	people: (e) => (e.by !== undefined ? [e.by] : e.actors),
	involved: (e) => (e.by !== undefined ? [e.by] : []),
	figures: (e) => [...(e.casualties ?? []), ...(e.damage ?? [])],
	details: (e) => [
		{ term: 'Weapon', text: e.weaponText ?? e.weapon },
		...(e.by !== undefined ? [{ term: 'Attacker', actors: [e.by] }] : [{ term: 'Attacker', text: 'not stated' }])
	],
	spoken: (e) => {
		const label = strikeLabel(e);
		return label ? `${label}: ` : '';
	},
	mark: {
		layer: 4,
		layerName: 'strikes',
		classes: 'strike-mark',
		slotGroup: 'strike',
		shape: (e) => ({ at: e.target, ...(e.from !== undefined ? { line: [e.from, e.target] as const } : {}), label: strikeLabel(e) }),
		line: { width: 2, ends: 'arrow', head: (width) => 7 + width * 1.6, trim: (size) => size.r + 2 },
		symbol: {
			size(_, scale): SymbolSize {
				const r = starburst(scale).r;
				return { r, w: 2 * r, h: 2 * r, off: r + 4 };
			},
			draw(ctx, it, alpha, c, _size, paint, scale) {
				drawStar(ctx, it.colour, it.happened, alpha, c, scale, paint);
				if (it.label) {
					const r = starburst(scale).r;
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
