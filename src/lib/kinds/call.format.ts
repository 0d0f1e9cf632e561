/** The story format's call: its fields beside the ones every event has. */
import { z } from 'zod';
import { defineFormat } from './kind';
import { eventBase, id } from '../story/fields';

export const schema = z.object({ ...eventBase, kind: z.literal('call'), from: id, to: id, participants: z.array(id).min(2) }).strict();

export default defineFormat({
	schema,
	refs: (e) => ({
		places: [
			{ path: ['from'], id: e.from },
			{ path: ['to'], id: e.to }
		],
		actors: [{ path: ['participants'], ids: e.participants }],
		figures: []
	}),
	synthetic: {
		weight: 0.08,
		make: (base, { from, to, actorIds }) => ({ ...base, kind: 'call' as const, from, to, participants: actorIds(2) })
	}
});
