/** Drafting deployments: troops stationed, sent or invading; whose, where, how many, according to whom. */
import type { KindRules } from '../ingest/kind-rules';
import { troopFigure } from '../ingest/events';

const OF_INVASION = /\b(?:invasion|incursion) (?:of|into|in) (?:the )?$/i;

export const deploymentIngest: KindRules = {
	kind: 'deployment',
	distinctBy: ['by'],
	cue: /\b(?:troops?|soldiers|forces|brigade|battalion|deploy(?:s|ed|ing|ment)?|station(?:ed|ing)|peacekeep\w*|incursion|invasion|invaded|boots on the ground|troupes|soldats|déploi\w*|brigade)\b/iu,
	yieldsTo: ['strike', 'exchange'],
	read(ctx) {
		const { text, sentence: s, places } = ctx;
		// "Russia's invasion" as background (no date given) is not a deployment to draft.
		if (/^(?:incursion|invasion|invaded)$/i.test(ctx.cue.text)) {
			const d = ctx.dateOf(ctx.clause.text);
			if (!d.date && !d.start) return [];
		}
		const noun = /\b(?:troops?|soldiers|forces|peacekeepers|personnel|brigade|battalion|troupes|soldats)\b/i.exec(s.text);
		const nounAt = noun ? s.start + noun.index : ctx.cue.at;
		let by = places.filter((t) => t.country && t.end <= nounAt && nounAt - t.end <= 25 && !/[,.;]/.test(text.slice(t.end, nounAt))).pop()?.country;
		const inv = /\b(\S+?)(?:['’]s)? (?:full-scale )?(?:invasion|incursion)\b/i.exec(s.text);
		if (!by && inv) by = places.find((t) => t.start === s.start + inv.index && t.country)?.country;
		if (!by) by = places.find((t) => t.country && t.start < ctx.cue.at && (t.type === 'country' || t.form === 'demonym'))?.country;
		if (!by) return [];
		const from0 = Math.min(ctx.cue.at, nounAt);
		const dests = ctx.locHere.filter((t) => t.country && !ctx.isFrom(t) && t.start >= from0);
		const to = ctx.namedHere.find((t) => OF_INVASION.test(text.slice(Math.max(0, t.start - 20), t.start))) ?? ctx.pick(from0, dests, true);
		if (!to) return [];
		if (to.type === 'country' && to.country === by && !OF_INVASION.test(text.slice(Math.max(0, to.start - 20), to.start))) return [];
		const home = to.country !== by ? ctx.capital(by) : undefined;
		const fig = troopFigure(s.text);
		const force = (/\b(?:[\p{L}-]+ ){0,2}(?:troops?|soldiers|forces|peacekeepers|brigade|battalion|troupes|soldats)\b/iu.exec(s.text)?.[0] ?? 'forces').trim();
		return [{ persons: [], by, at: to, ...(home ? { from: home } : {}), force, ...(fig ? { figure: { ...fig, according: ctx.attribution() } } : {}) }];
	},
	build(ev, b) {
		const by = ev.by ? b.stateActor(ev.by) : null;
		if (!by || !ev.at) return null;
		const to = b.place(ev.at);
		const from = ev.from ? b.place(ev.from) : undefined;
		const count = ev.figure ? b.figure(ev.figure) : undefined;
		return {
			fields: { kind: 'deployment', force: (ev.force ?? 'forces').slice(0, 200), by, to, ...(from && from !== to ? { from } : {}), ...(count ? { count } : {}), figures: [] },
			actors: [...new Set([by, ...b.actorIds])],
			idPart: to
		};
	},
	merge(kept, dup) {
		if (!kept.count && dup.count) kept.count = dup.count;
	}
};
