/** The story format's deployment: its fields beside the ones every event has. */
import { z } from 'zod';
import { defineFormat } from './kind';
import { eventBase, figure, id, text } from '../story/fields';

export const schema = z
	.object({
		...eventBase,
		kind: z.literal('deployment'),
		force: text(200).describe('whose forces, in words: "North Korean troops"'),
		by: id.describe('actor id of the state or group that deploys'),
		from: id.optional(),
		to: id.describe('place id where the forces are or go'),
		count: figure.optional(),
		figures: z.array(figure).default([]).describe('further stated numbers: losses, equipment')
	})
	.strict();

export default defineFormat({
	schema,
	refs: (e) => ({
		places: [
			{ path: ['from'], id: e.from },
			{ path: ['to'], id: e.to }
		],
		actors: [{ path: ['by'], ids: [e.by] }],
		figures: [...(e.count ? [{ path: ['count'], figure: e.count }] : []), ...e.figures.map((f, i) => ({ path: ['figures', i], figure: f }))]
	}),
	geojson: (e, actorName) =>
		e.count
			? { ...(e.count.value !== undefined ? { count: e.count.value } : {}), countText: e.count.text, according: e.count.according.map(actorName) }
			: {},
	synthetic: {
		weight: 0.15,
		make(base, { from, to, random, actor, sources }) {
			const n = Math.round(random() * 20_000);
			return {
				...base,
				kind: 'deployment' as const,
				force: 'Generated forces',
				by: actor(),
				...(random() < 0.2 ? {} : { from }),
				to,
				...(random() < 0.5 ? { count: { text: `about ${n.toLocaleString('en')}`, value: n, qualifier: 'about' as const, unit: 'troops', sources: sources() } } : {})
			};
		}
	}
});
