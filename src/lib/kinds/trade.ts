/** Trade and sanctions: goods, arms, oil or money from one party's place to another's. A dash-dot arc with an arrowhead. */
import type { schema } from './trade.format';
import { defineKind } from './kind';
import { flowLine, statusStroke } from './shared';

export default defineKind<typeof schema>({
	kind: 'trade',
	label: 'Trade and sanctions',
	group: { id: 'trade', label: 'Trade and sanctions', order: 4 },
	legend: { label: 'Trade, arms, oil, sanctions', order: 4 },
	colour: '#B07800',
	stroke: (status) => statusStroke(status, '12 4 2 4'),
	places: (e) => [e.from, e.to],
	people: (e) => e.actors,
	involved: () => [],
	figures: (e) => (e.amount ? [e.amount] : []),
	details: (e) => [{ term: 'What', text: e.what }],
	mark: {
		layer: 0,
		layerName: 'flows',
		classes: 'flow-mark kind-trade',
		shape: (e) => ({ line: [e.from, e.to] }),
		line: flowLine('arrow'),
		glyph: { line: [[3, 10], [42, 10]] }
	},
});
