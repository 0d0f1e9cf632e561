/** Drafting meetings: talks, summits, hosted visits, signings; "rencontre", "sommet", "entretien". */
import type { KindRules, Reading } from '../ingest/kind-rules';
import { surnameKey } from '../ingest/events';

const WEEKDAY = /\b(\p{Lu}[\p{L}-]+) on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gu;

export const meetingIngest: KindRules = {
	kind: 'meeting',
	atSeat: true,
	cue: /\b(?:met|meet(?:s|ing|ings)?|talks|summit|sit-down|hosted|hosts|host|gathered|gathering|negotiations|conference|summoned|convened|signed (?:a|an|the)? ?\w* ?(?:with|treaty|agreement|deal)|rencontr\w*|réuni[se]?|sommet|entretien(?!s? téléphonique)|pourparlers|négociations)\b/iu,
	notCue: /\b(?:meet(?:s|ing)? (?:the |its |their )?(?:target|goal|demand|need|obligation|deadline|criteria)s?|(?:since|after) the (?:talks|summit) (?:in|of) \d{4})\b/i,
	read(ctx) {
		// Coordinated meetings: "meetings with Smith on Tuesday and Jones on Friday".
		const pairs = [...ctx.sentence.text.matchAll(WEEKDAY)].filter((m) => ctx.person(m[1]!));
		// The place in the cue's own clause; another clause's place is another matter ("after weeks of
		// talks, they signed a deal giving Washington access…").
		const inClause = ctx.locHere.filter((t) => t.start >= ctx.clause.start && t.end <= ctx.clause.end);
		let place = ctx.seat ?? ctx.pick(ctx.cue.at, inClause, true);
		// "The meeting was held behind closed doors": a reference back to a meeting already told.
		if (!place && !ctx.persons.some((p) => p.at >= ctx.clause.start && p.at < ctx.clause.end) && /\b(?:the|this|that|these|those|la|le|les|cette|ce)\s+$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, ctx.cue.at - 8), ctx.cue.at))) return [];
		let inferred = false;
		if (!place && ctx.context) {
			place = ctx.context;
			inferred = true;
		}
		if (!place) {
			// "meeting South African President X": the host's country, when the text says no more.
			const after = ctx.text.slice(ctx.cue.at + ctx.cue.text.length, ctx.cue.at + ctx.cue.text.length + 30);
			const host = /^\s+(?:with\s+)?(?:the\s+)?$/.test(after.slice(0, Math.max(0, after.search(/\p{Lu}/u)))) ? ctx.places.find((t) => t.form === 'demonym' && t.start >= ctx.cue.at + ctx.cue.text.length && t.start <= ctx.cue.at + ctx.cue.text.length + 8) : undefined;
			if (host) {
				place = host;
				inferred = true;
			}
		}
		if (!place) return [];
		if (pairs.length >= 2) {
			const out: Reading[] = [];
			const others = ctx.persons.filter((p) => !pairs.some((m) => surnameKey(m[1]!) === surnameKey(p.short)));
			for (const m of pairs) out.push({ persons: [...others, ctx.person(m[1]!)!], at: place, inferred, ...ctx.dateOf(m[0]) });
			return out;
		}
		// "the meeting of military chiefs of staff": the group is who met.
		const group = /\b(?:meeting|gathering|summit|talks|conference|réunion|sommet)s? (?:of|between|des|de)\s+((?:[\p{Ll}-]+\s+){0,3}(?:chiefs|ministers|leaders|officials|delegations|envoys|representatives|heads|commanders|negotiators|dirigeants|ministres|chefs|représentants)(?:\s+(?:of|de|d['’])\s*(?:staff|state|government|defen[cs]e|l['’]état|état-major))?)/iu.exec(ctx.clause.text);
		return [{ persons: ctx.persons, at: place, inferred, ...(group ? { groups: [group[1]!.trim()] } : {}) }];
	},
	build(ev, b) {
		const participants = b.people.length ? b.people : b.states.length ? b.states : b.orgs;
		if (!participants.length || !ev.at) return null;
		const place = b.place(ev.at);
		return { fields: { kind: 'meeting', place, participants }, actors: b.actorIds, idPart: place };
	},
	merge(kept, dup) {
		kept.participants = [...new Set([...(kept.participants as string[]), ...(dup.participants as string[])])];
	}
};
