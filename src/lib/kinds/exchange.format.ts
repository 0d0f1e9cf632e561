/**
 * The story format's exchange: two parties hand over prisoners, bodies or captives, each side's
 * count stated (with who states it), where it happened when the reports say, and who mediated.
 */
import { z } from 'zod';
import { eventBase, figure, id } from '../story/fields';
import { defineFormat } from './kind';

const side = z
	.object({
		party: id.describe('actor id of the side that hands over'),
		gave: figure.optional().describe('how many this side handed over, as stated, and who states it'),
		place: id.optional().describe('where this side is, when no place of the exchange is given: its capital, say')
	})
	.strict();

export const schema = z
	.object({
		...eventBase,
		kind: z.literal('exchange'),
		of: z.enum(['prisoners', 'bodies', 'captives', 'civilians', 'other']).describe('who or what is handed over'),
		sides: z.tuple([side, side]).describe('the two parties, each with what it gave'),
		place: id.optional().describe('place id where the exchange happened: a border crossing, a third country'),
		mediators: z.array(id).default([]).describe('actor ids who mediated')
	})
	.strict();

export default defineFormat({
	schema,
	refs: (e) => ({
		places: [
			{ path: ['place'], id: e.place },
			...e.sides.map((s, i) => ({ path: ['sides', i, 'place'], id: s.place }))
		],
		actors: [
			...e.sides.map((s, i) => ({ path: ['sides', i, 'party'], ids: [s.party] })),
			{ path: ['mediators'], ids: e.mediators }
		],
		figures: e.sides.flatMap((s, i) => (s.gave ? [{ path: ['sides', i, 'gave'], figure: s.gave }] : []))
	}),
	check: (e) => [
		...(e.place === undefined && (e.sides[0].place === undefined || e.sides[1].place === undefined)
			? [{ path: ['place'], message: 'an exchange needs where it happened, or where each side is, to be drawn' }]
			: []),
		...(e.sides[0].party === e.sides[1].party ? [{ path: ['sides', 1, 'party'], message: 'an exchange is between two different parties' }] : [])
	],
	geojson: (e, actorName) => ({
		of: e.of,
		sides: e.sides.map((s) => ({ party: actorName(s.party), ...(s.gave ? { gave: s.gave.value, gaveText: s.gave.text, according: s.gave.according.map(actorName) } : {}) })),
		mediators: e.mediators.map(actorName)
	}),
	synthetic: {
		weight: 0.03,
		make(base, { from, to, random, actorIds, sources }): z.input<typeof schema> {
			const [a, b] = actorIds(2) as [string, string];
			const n = 10 + Math.round(random() * 300);
			const gave = { text: String(n), value: n, qualifier: 'exact' as const, unit: 'prisoners', according: [a], sources: sources() };
			// Most exchanges happen at one place (a border crossing); some are known only by the sides.
			return random() < 0.7
				? { ...base, kind: 'exchange' as const, of: 'prisoners' as const, sides: [{ party: a, gave }, { party: b, gave: { ...gave, according: [b] } }], place: to }
				: { ...base, kind: 'exchange' as const, of: 'prisoners' as const, sides: [{ party: a, place: from }, { party: b, place: to }] };
		}
	}
});
