/** Drafting travel: a journey with a destination and often an origin ("flew from X to Y", "will travel to"). */
import type { KindRules } from '../ingest/kind-rules';

/** An arrival at a named venue: "arrived at (the) Capitalised Name", "arrivé au Palais". */
const ARRIVED_AT_VENUE = /^(?:arriv(?:ed|es|ing) at|arrivée? (?:à|au))\s+(?:the\s+|le\s+|la\s+)?\p{Lu}\p{L}+/u;

export const travelIngest: KindRules = {
	kind: 'travel',
	group: 'movement',
	cue: /\b(?:travel(?:s|led|ed|ling|ing)? (?:back )?(?:from|to)|flew (?:to|from)|fly to|head(?:ed|ing|s)? (?:back )?(?:to|for)|return(?:s|ed|ing)? to|arriv(?:ed|es|ing) (?:in|at)|(?:left|leaving|leave|leaves|depart(?:ed|ing|s)?|bound|set off) for|departed|se rendra à|s'est rendu à|s’est rendu à|arrivé à|a quitté)\b/iu,
	read(ctx) {
		const named = ctx.pick(ctx.cue.at, ctx.locHere.filter((t) => !ctx.isFrom(t)), false);
		// "has arrived at Larchmont Hall": a venue the gazetteer does not hold is inside the town
		// the report is about (its last located town, or its dateline), so the arrival is there.
		const venue = !named && ARRIVED_AT_VENUE.test(ctx.text.slice(ctx.cue.at, ctx.cue.at + ctx.cue.text.length + 40)) && ctx.context && ctx.context.type !== 'country' ? ctx.context : undefined;
		const dest = named ?? venue;
		if (!dest) return [];
		const fromT = ctx.namedHere.find((t) => t !== dest && ctx.isFrom(t));
		const before = ctx.persons.filter((p) => p.at < ctx.cue.at);
		const who = before.length ? [before[before.length - 1]!] : ctx.persons.length ? ctx.persons.slice(0, 1) : ctx.pronoun && ctx.lastPerson ? [ctx.lastPerson] : [];
		return [{ persons: who, at: dest, ...(venue ? { inferred: true } : {}), ...(fromT ? { from: fromT } : {}) }];
	},
	build(ev, b) {
		const who = b.people.length ? b.people : b.states.slice(0, 1);
		if (!who.length || !ev.at) return null;
		const to = b.place(ev.at);
		const from = ev.from ? b.place(ev.from) : undefined;
		return { fields: { kind: 'travel', who, to, ...(from && from !== to ? { from } : {}) }, actors: who, idPart: to };
	},
	merge(kept, dup) {
		kept.who = [...new Set([...(kept.who as string[]), ...(dup.who as string[])])];
	}
};
