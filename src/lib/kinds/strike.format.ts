/**
 * The story format's strike: an attack on a place by missile, drone, artillery or air, with
 * the weapon, the damage and casualties as claimed (each with who claims it), and the attacker
 * and launch site where the reports state them.
 */
import { z } from 'zod';
import { eventBase, figure, id, text } from '../story/fields';
import { defineFormat } from './kind';

export const schema = z
	.object({
		...eventBase,
		kind: z.literal('strike'),
		target: id.describe('place id of what was struck'),
		weapon: z.enum(['missile', 'drone', 'artillery', 'air', 'rocket', 'other']),
		weaponText: text(200).optional().describe('the weapon as the report words it: "Iskander-M ballistic missiles"'),
		by: id.optional().describe('actor id of the attacker, where a report states it'),
		from: id.optional().describe('place id it was launched from, where a report states it'),
		damage: z.array(figure).default([]).describe('damage as claimed, with who claims it: "two power substations destroyed"'),
		casualties: z.array(figure).default([]).describe('killed and wounded as claimed, with who claims them; measure: killed, wounded')
	})
	.strict();

export default defineFormat({
	schema,
	refs: (e) => ({
		places: [
			{ path: ['target'], id: e.target },
			{ path: ['from'], id: e.from }
		],
		actors: e.by !== undefined ? [{ path: ['by'], ids: [e.by] }] : [],
		figures: [
			...e.damage.map((f, i) => ({ path: ['damage', i], figure: f })),
			...e.casualties.map((f, i) => ({ path: ['casualties', i], figure: f }))
		]
	}),
	check: (e) => (e.from !== undefined && e.from === e.target ? [{ path: ['from'], message: 'a strike launched from the place it strikes: give only the target' }] : []),
	geojson: (e, actorName) => ({
		weapon: e.weapon,
		...(e.weaponText ? { weaponText: e.weaponText } : {}),
		...(e.by !== undefined ? { attacker: actorName(e.by) } : {}),
		casualties: e.casualties.map((f) => ({ text: f.text, ...(f.value !== undefined ? { value: f.value } : {}), ...(f.measure ? { measure: f.measure } : {}), according: f.according.map(actorName) })),
		damage: e.damage.map((f) => ({ text: f.text, according: f.according.map(actorName) }))
	}),
	synthetic: {
		weight: 0.04,
		make(base, { from, to, random, pick, actor, sources }): z.input<typeof schema> {
			const n = Math.round(random() * 40);
			const claimant = actor();
			return {
				...base,
				kind: 'strike',
				target: to,
				weapon: pick(['missile', 'drone', 'artillery', 'air'] as const),
				...(random() < 0.6 ? { by: actor() } : {}),
				...(random() < 0.3 ? { from } : {}),
				...(random() < 0.5 ? { casualties: [{ text: `at least ${n}`, value: n, qualifier: 'more-than' as const, measure: 'killed', according: [claimant], sources: sources() }] } : {})
			};
		}
	}
});
