/** The fields visits and travel share: who goes, from where (when a report says), to where. */
import { z } from 'zod';
import { eventBase, id } from '../story/fields';
import type { Refs, SyntheticBase, SyntheticContext } from './kind';

export const movementFields = {
	...eventBase,
	who: z.array(id).min(1).describe('actor ids who travel'),
	from: id.optional(),
	to: id
};

type Movement = { from?: string; to: string; who: string[] };

export const movementFormat = {
	refs: (e: Movement): Refs => ({
		places: [
			{ path: ['from'], id: e.from },
			{ path: ['to'], id: e.to }
		],
		actors: [{ path: ['who'], ids: e.who }],
		figures: []
	}),
	/** One in ten arrivals has no stated origin. */
	synthetic: <K extends string>(kind: K, base: SyntheticBase, { from, to, actorIds, random }: SyntheticContext) => ({ ...base, kind, who: actorIds(1), ...(random() < 0.1 ? {} : { from }), to })
};
