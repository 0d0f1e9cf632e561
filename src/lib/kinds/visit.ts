/** A visit: someone goes to a place to see someone there. See ./movement for the mark. */
import type { schema } from './visit.format';
import { defineKind } from './kind';
import { movement } from './movement';
import { statusStroke } from './shared';

export default defineKind<typeof schema>({
	kind: 'visit',
	label: 'Visit',
	group: { id: 'visits', label: 'Visits and travel', order: 2 },
	legend: { label: 'Visit or travel', order: 2 },
	colour: '#009E73',
	stroke: (status) => statusStroke(status),
	...movement,
	mark: { layer: 0, layerName: 'flows', classes: 'flow-mark kind-visit', shape: movement.shape, line: movement.line, glyph: movement.glyph }
});
