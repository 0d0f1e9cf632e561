/**
 * A meeting: people in one place. Drawn as a circle whose area grows with the number of
 * participants; hollow and dashed when it has not (yet) happened.
 */
import type { schema } from './meeting.format';
import { defineKind, type SymbolItem } from './kind';
import { SYMBOL_DASH, statusStroke } from './shared';

const COLOUR = '#0072B2';

/**
 * Proportional symbol: area grows with the number of participants. d3-scale's scaleSqrt is
 * this line, and 9 kB gzip in the story page's first download (measured with rolldown; the
 * page's budget had 4 kB left), so the square root is written out.
 */
export function meetingRadius(participants: number, base = 7): number {
	return base * Math.sqrt(Math.max(1, participants));
}

const radius = (it: SymbolItem, scale: number) => meetingRadius(it.size, 4.5 * scale);

export default defineKind<typeof schema>({
	kind: 'meeting',
	label: 'Meeting',
	group: { id: 'meetings', label: 'Meetings', order: 0 },
	legend: { label: 'Meeting (size: participants)', order: 0 },
	colour: COLOUR,
	stroke: (status) => statusStroke(status),
	places: (e) => [e.place],
	people: (e) => e.participants,
	involved: (e) => [...e.participants, ...(e.host ? [e.host] : [])],
	figures: () => [],
	details: (e) => (e.duration ? [{ term: 'How long', text: e.duration }] : []),
	mark: {
		layer: 2,
		layerName: 'meetings',
		classes: 'meeting-mark',
		slotGroup: 'meeting',
		shape: (e) => ({ at: e.place, size: e.participants.length, order: -e.participants.length }),
		symbol: {
			size(it, scale) {
				const r = radius(it, scale);
				return { r, w: 0, h: 0, off: r * 0.9 + 4 };
			},
			draw(ctx, it, alpha, c, { r }, paint) {
				ctx.beginPath();
				ctx.arc(c[0], c[1], r, 0, 2 * Math.PI);
				ctx.globalAlpha = alpha * (it.happened ? 0.72 : 0.85);
				ctx.fillStyle = it.happened ? it.colour : paint.paper;
				ctx.fill();
				ctx.globalAlpha = alpha;
				ctx.strokeStyle = it.colour;
				ctx.lineWidth = it.happened ? 1.5 : 2.5;
				ctx.setLineDash(it.happened ? [] : SYMBOL_DASH);
				ctx.stroke();
				ctx.setLineDash([]);
			},
			ring: (ctx, c, { r }) => ctx.arc(c[0], c[1], Math.max(r, 12), 0, 2 * Math.PI),
			hit(x, y, c, { r }) {
				const d = Math.hypot(x - c[0], y - c[1]);
				return d <= Math.max(r, 12) ? d : Infinity;
			}
		},
		glyph: { at: [22, 10], size: 3 }
	},
});
