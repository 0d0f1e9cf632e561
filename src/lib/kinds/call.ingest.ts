/** Drafting calls: phone calls between two leaders, drawn between their capitals (or named seats). */
import type { KindRules } from '../ingest/kind-rules';

export const callIngest: KindRules = {
	kind: 'call',
	undirected: true,
	cue: /\b(?:phone call|telephone (?:call|conversation)|phone (?:conversation|talks)|phoned|(?:spoke|speak|speaks|talked|talks?) (?:by|on the|over the) (?:phone|telephone)|(?:spoke|speaks|speak|talked) (?:with|to) .{0,40}(?:by phone|on the phone)|in a (?:phone )?call with|held a call|(?:first |a |the )?call(?:ed)? (?:with|between)|(?:had )?(?:spoken|spoke) (?:with|to)|entretien(?:s)? téléphonique|appel téléphonique|conversation téléphonique|(?:s'est|se sont|s’est|se sont) entretenus? (?:par|au) téléphone|au téléphone)\b/iu,
	read(ctx) {
		const weak = /^(?:had )?(?:spoken|spoke) /i.test(ctx.cue.text);
		const withCc = ctx.persons.filter((p) => p.country);
		const subject = withCc[0] ?? (ctx.pronoun && ctx.lastPerson?.country ? ctx.lastPerson : undefined);
		if (!subject) return [];
		const others = withCc.filter((p) => p.country !== subject.country);
		if (!others.length || (weak && ctx.locHere.length)) return [];
		const from = ctx.capital(subject.country!);
		const out = [];
		for (const o of others) {
			const to = ctx.capital(o.country!);
			if (!from || !to) continue;
			out.push({ persons: [subject, o], from, at: to, inferred: from.start < 0 || to.start < 0 });
		}
		return out;
	},
	build(ev, b) {
		if (!ev.from || !ev.at || b.people.length < 2) return null;
		const from = b.place(ev.from);
		const to = b.place(ev.at);
		if (from === to) return null;
		return { fields: { kind: 'call', from, to, participants: b.people }, actors: b.people, idPart: `${from}-${to}` };
	}
};
