/** Drafting visits: someone goes to a place ("visited", "trip to", "due in"), or is said to be there. */
import type { KindRules, Reading } from '../ingest/kind-rules';

export const visitIngest: KindRules = {
	kind: 'visit',
	group: 'movement',
	cue: /\b(?:cut(?:s|ting)? short (?:a|his|her|the|their) (?:trip|visit|tour)(?: to)?|visit(?:s|ed|ing)?|trip to|tour of|(?:come|came|coming) (?:in|to)|due in|en visite|visite (?:officielle )?(?:à|en|au)|s'est rendu|s’est rendu)\b/iu,
	notCue: /\b(?:visit(?:ing)? (?:card|hours|website)|visitors?)\b/i,
	read(ctx) {
		const named = ctx.pick(ctx.cue.at, ctx.locHere.filter((t) => !ctx.isFrom(t)), false);
		// "talks with visiting envoy X" in a report filed from a city: the visit is there.
		const dest = named ?? (ctx.context && ctx.context.type !== 'country' ? ctx.context : undefined);
		if (!dest) return [];
		const before = ctx.persons.filter((p) => p.at < ctx.cue.at);
		// "talks with visiting US envoy X": the adjective names the visitor who follows.
		const after = /^visiting$/i.test(ctx.cue.text) ? ctx.persons.find((p) => p.at > ctx.cue.at && p.at - ctx.cue.at < 60 && !/[,.;]/.test(ctx.text.slice(ctx.cue.at, p.at))) : undefined;
		const who = after
			? [after]
			: before.length ? [before[before.length - 1]!] : ctx.persons.length ? ctx.persons.slice(0, 1) : ctx.pronoun && ctx.lastPerson ? [ctx.lastPerson] : [];
		// A trip cut short is under way: the visit has happened, whatever is planned next.
		const underWay = /^cut/i.test(ctx.cue.text) ? { status: 'happened' as const } : {};
		return [{ persons: who, at: dest, ...(named ? {} : { inferred: true }), ...underWay }];
	},
	// A person of one country who "said in / spoke in / was due in / was hosted at" another's place.
	implied(ctx) {
		const out: Reading[] = [];
		for (const L of ctx.locHere) {
			if (!L.country || L.type === 'country') continue;
			const before = ctx.text.slice(Math.max(ctx.sentence.start, L.start - 60), L.start);
			const verbIn = /\b(?:said|says|told(?: [\p{L}]+){0,2}|speaking(?: [\p{L}]+){0,4},?|spoke|met(?: [\p{L}]+){0,3}|arrived|(?:was|were|is|are) due|hosted(?: [\p{L}]+){0,4}|a déclaré|a affirmé)\s+(?:in|at|à)\s+(?:the\s+|his\s+|her\s+)?$/iu.exec(before);
			if (!verbIn) continue;
			const hosted = /^hosted/i.test(verbIn[0]);
			const cands = hosted ? ctx.persons.filter((p) => p.at > L.start - 60 && p.at < L.start) : ctx.persons.filter((p) => p.at < L.start);
			const p = cands[cands.length - 1] ?? (/^speaking/i.test(verbIn[0]) ? ctx.persons.find((x) => x.at > L.end) : undefined) ?? (ctx.pronoun ? ctx.lastPerson : undefined);
			if (!p?.country || p.country === L.country) continue;
			out.push({ persons: [p], at: L, inferred: true });
			break;
		}
		return out;
	},
	build(ev, b) {
		const who = b.people.length ? b.people : b.states.slice(0, 1);
		if (!who.length || !ev.at) return null;
		const to = b.place(ev.at);
		const from = ev.from ? b.place(ev.from) : undefined;
		return { fields: { kind: 'visit', who, to, ...(from && from !== to ? { from } : {}) }, actors: who, idPart: to };
	},
	merge(kept, dup) {
		kept.who = [...new Set([...(kept.who as string[]), ...(dup.who as string[])])];
	}
};
