/** The story format's meeting: its fields beside the ones every event has. */
import { z } from 'zod';
import { defineFormat } from './kind';
import { eventBase, id, text } from '../story/fields';

export const schema = z
	.object({
		...eventBase,
		kind: z.literal('meeting'),
		place: id,
		participants: z.array(id).min(1),
		host: id.optional(),
		duration: text(80).optional()
	})
	.strict();

export default defineFormat({
	schema,
	refs: (e) => ({
		places: [{ path: ['place'], id: e.place }],
		actors: [
			{ path: ['participants'], ids: e.participants },
			...(e.host !== undefined ? [{ path: ['host'], ids: [e.host] }] : [])
		],
		figures: []
	}),
	synthetic: {
		weight: 0.33,
		make: (base, { to, actorIds, random }) => ({ ...base, kind: 'meeting' as const, place: to, participants: actorIds(1 + Math.floor(random() * 6)) })
	}
});
