/** A call: people in two places who talk without travelling. A dotted arc with a dot at each end. */
import type { schema } from './call.format';
import { defineKind } from './kind';
import { flowLine, stroke } from './shared';

export default defineKind<typeof schema>({
	kind: 'call',
	label: 'Call',
	group: { id: 'calls', label: 'Calls', order: 1 },
	legend: { label: 'Call (nobody travels)', order: 1 },
	colour: '#CC79A7',
	// Dotted whatever its status: nobody travels.
	stroke: () => stroke('1 6', true),
	places: (e) => [e.from, e.to],
	people: (e) => e.participants,
	involved: (e) => e.participants,
	figures: () => [],
	details: () => [],
	mark: {
		layer: 0,
		layerName: 'flows',
		classes: 'flow-mark kind-call',
		shape: (e) => ({ line: [e.from, e.to] }),
		line: flowLine('dots'),
		glyph: { line: [[3, 10], [38, 10]] }
	},
});
