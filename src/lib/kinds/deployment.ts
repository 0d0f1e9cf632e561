/**
 * A deployment: a state's or group's forces at a place, from another when the reports say.
 * A unit frame in the style of APP-6 / MIL-STD-2525 land units (a rectangle with the infantry
 * cross) at the destination, its stated count beside it, and a broad arrow from its origin.
 */
import type { schema } from './deployment.format';
import { defineKind } from './kind';
import { SYMBOL_DASH, statusStroke } from './shared';

/** The frame's fill when the deployment happened; paper when it has not. */
export const UNIT_FILL = '#ffd9c2';

export default defineKind<typeof schema>({
	kind: 'deployment',
	label: 'Deployment',
	group: { id: 'deployments', label: 'Deployments', order: 3 },
	legend: { label: 'Troop deployment, with stated count', order: 3 },
	colour: '#D55E00',
	stroke: (status) => statusStroke(status),
	places: (e) => (e.from === undefined ? [e.to] : [e.from, e.to]),
	people: (e) => e.actors,
	involved: (e) => [e.by],
	figures: (e) => [...(e.count ? [e.count] : []), ...e.figures],
	details: (e) => [{ term: 'Forces', text: e.force }],
	// The mark shows its count, so its accessible name starts with that visible text.
	spoken: (e) => (e.count ? `${e.count.text}: ` : ''),
	labelFigure: (e) => e.count,
	mark: {
		layer: 1,
		layerName: 'deployments',
		classes: 'deployment-mark',
		slotGroup: 'deployment',
		shape: (e) => ({ at: e.to, ...(e.from !== undefined ? { line: [e.from, e.to] as const } : {}), label: e.count ? e.count.text : '' }),
		line: { width: 4, ends: 'arrow', head: (_, scale) => 15 * scale, trim: (size) => size.h * 0.75 },
		symbol: {
			size(_, scale) {
				const h = 17 * scale;
				return { r: 0, w: 26 * scale, h, off: h + 4 };
			},
			draw(ctx, it, alpha, [x, y], { w, h }, paint, scale) {
				ctx.globalAlpha = alpha;
				ctx.fillStyle = it.happened ? UNIT_FILL : paint.paper;
				ctx.strokeStyle = it.colour;
				ctx.lineWidth = 2;
				ctx.setLineDash(it.happened ? [] : SYMBOL_DASH);
				ctx.beginPath();
				ctx.rect(x - w / 2, y - h / 2, w, h);
				ctx.fill();
				ctx.stroke();
				ctx.setLineDash([]);
				ctx.lineWidth = 1.5;
				ctx.beginPath();
				ctx.moveTo(x - w / 2, y - h / 2);
				ctx.lineTo(x + w / 2, y + h / 2);
				ctx.moveTo(x - w / 2, y + h / 2);
				ctx.lineTo(x + w / 2, y - h / 2);
				ctx.stroke();
				if (it.label) {
					ctx.font = `700 ${13 * scale}px ${paint.font}`;
					ctx.lineWidth = 3.5;
					ctx.lineJoin = 'round';
					ctx.strokeStyle = paint.halo;
					ctx.strokeText(it.label, x + w / 2 + 5, y + 4 * scale);
					ctx.fillStyle = paint.count;
					ctx.fillText(it.label, x + w / 2 + 5, y + 4 * scale);
				}
			},
			ring: (ctx, c, { w, h }) => ctx.rect(c[0] - w / 2 - 4, c[1] - h / 2 - 4, w + 8, h + 8),
			hit: (x, y, c, { w, h }) => (Math.abs(x - c[0]) <= w / 2 + 4 && Math.abs(y - c[1]) <= h / 2 + 4 ? Math.hypot(x - c[0], y - c[1]) : Infinity)
		},
		glyph: { at: [22, 10] }
	},
});
