/** Travel: someone goes from one place to another (on the way, not to see anyone). Drawn as a visit is. */
import type { schema } from './travel.format';
import { defineKind } from './kind';
import { movement } from './movement';
import { statusStroke } from './shared';

export default defineKind<typeof schema>({
	kind: 'travel',
	label: 'Travel',
	group: { id: 'visits', label: 'Visits and travel', order: 2 },
	// The key's "Visit or travel" row stands for it.
	legend: null,
	colour: '#009E73',
	stroke: (status) => statusStroke(status),
	...movement,
	mark: { layer: 0, layerName: 'flows', classes: 'flow-mark kind-travel', shape: movement.shape, line: movement.line, glyph: movement.glyph }
});
