/** The story format's trade: its fields beside the ones every event has. */
import { z } from 'zod';
import { defineFormat } from './kind';
import { eventBase, figure, id, text } from '../story/fields';

export const schema = z
	.object({
		...eventBase,
		kind: z.literal('trade'),
		from: id,
		to: id,
		goods: z.enum(['oil', 'arms', 'money', 'minerals', 'investment', 'sanctions', 'other']),
		what: text(200).describe('what flows, in words: "artillery shells and anti-tank rockets"'),
		amount: figure.optional()
	})
	.strict();

export default defineFormat({
	schema,
	refs: (e) => ({
		places: [
			{ path: ['from'], id: e.from },
			{ path: ['to'], id: e.to }
		],
		actors: [],
		figures: e.amount ? [{ path: ['amount'], figure: e.amount }] : []
	}),
	synthetic: {
		weight: 0.22,
		make: (base, { from, to, pick }) => ({ ...base, kind: 'trade' as const, from, to, goods: pick(['oil', 'arms', 'money', 'minerals'] as const), what: 'generated goods' })
	}
});
