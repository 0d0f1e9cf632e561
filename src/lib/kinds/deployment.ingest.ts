/** Drafting deployments: troops stationed, sent or invading; whose, where, how many, according to whom. */
import type { KindRules } from '../ingest/kind-rules';
import { troopFigure } from '../ingest/events';
import { nameKey, type Gazetteer } from '../ingest/gazetteer';

const OF_INVASION = /\b(?:invasion|incursion) (?:of|into|in) (?:the )?$/i;
const FORCE = '(?:troops?|soldiers|forces|peacekeepers|personnel|brigade|battalion|division|regiment|troupes|soldats)';
const FORCE_G = new RegExp(`\\b${FORCE}\\b`, 'giu');
/** Words before a force noun that are not part of its name ("has had troops", "the troops"). */
const NOT_FORCE_WORD = /^(?:has|have|had|was|were|is|are|be|been|its|their|his|her|the|a|an|of|to|with|and|or|sent|send|sends|deployed|deploy|more|than|about|some|any|new|also|still)$/i;

/**
 * "The 45th Armoured Brigade … stationed at X": a force told with no state takes the state of the
 * last force the report named with one ("a German brigade", "Germany's troops"), within a few
 * paragraphs. A demonym or country is looked up in the gazetteer.
 */
function earlierForceState(text: string, before: number, gaz: Gazetteer | undefined): string | undefined {
	if (!gaz) return undefined;
	const from = Math.max(0, before - 2000);
	const piece = text.slice(from, before);
	let cc: string | undefined;
	for (const m of piece.matchAll(FORCE_G)) {
		// The up to three words before the force noun: "a German brigade", "Germany's own troops".
		const words = piece.slice(Math.max(0, m.index! - 40), m.index!).trim().split(/\s+/).slice(-3);
		for (const w of words.reverse()) {
			const name = w.replace(/['’]s$/, '').replace(/[^\p{L}-]/gu, '');
			if (!/^\p{Lu}/u.test(name)) continue;
			const hit = gaz.names.get(nameKey(name))?.find((e) => e.form === 'demonym' || e.place.kind === 'country');
			if (hit?.place.country) {
				cc = hit.place.country;
				break;
			}
		}
	}
	return cc;
}

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
		// A force named with no state, and no state in the sentence: the state of the report's last named force.
		if (!by && noun && !places.some((t) => t.type === 'country' || t.form === 'demonym')) by = earlierForceState(text, s.start, ctx.gaz);
		if (!by) return [];
		const from0 = Math.min(ctx.cue.at, nounAt);
		const dests = ctx.locHere.filter((t) => t.country && !ctx.isFrom(t) && t.start >= from0);
		const to = ctx.namedHere.find((t) => OF_INVASION.test(text.slice(Math.max(0, t.start - 20), t.start))) ?? ctx.pick(from0, dests, true);
		if (!to) return [];
		if (to.type === 'country' && to.country === by && !OF_INVASION.test(text.slice(Math.max(0, to.start - 20), to.start))) return [];
		// "stationed at Ostra and Tasmor": one deployment per station, as a strike is one per place
		// struck (the format has one `to`); only towns and sites listed right after the first.
		const stations = [to];
		if (to.type !== 'country') {
			const later = ctx.namedHere.filter((t) => t.start >= to.end && t.end <= ctx.clause.end && t.type !== 'country' && t.country);
			for (const t of later) {
				const prev = stations[stations.length - 1]!;
				if (t.start < prev.end) continue;
				if (!/^(?:\s*,\s*(?:(?:and|or|et|ou)\s+)?|\s+(?:and|or|et|ou)\s+)$/.test(text.slice(prev.end, t.start))) break;
				stations.push(t);
			}
		}
		const fig = troopFigure(s.text);
		const forceWords = (/\b(?:[\p{L}\d-]+ ){0,2}(?:troops?|soldiers|forces|peacekeepers|brigade|battalion|troupes|soldats)\b/iu.exec(s.text)?.[0] ?? 'forces').trim().split(/\s+/);
		while (forceWords.length > 1 && NOT_FORCE_WORD.test(forceWords[0]!)) forceWords.shift();
		const force = forceWords.join(' ');
		const figure = fig ? { figure: { ...fig, according: ctx.attribution() } } : {};
		// A figure for the whole force stays on the first station only, so that it is not counted twice.
		return stations.map((at, i) => {
			const from = at.country !== by ? ctx.capital(by) : undefined;
			return { persons: [], by, at, ...(from ? { from } : {}), force, ...(i === 0 ? figure : {}) };
		});
	},
	build(ev, b) {
		const by = ev.by ? b.stateActor(ev.by) : null;
		if (!by || !ev.at) return null;
		const to = b.place(ev.at);
		const from = ev.from ? b.place(ev.from) : undefined;
		const count = ev.figure ? b.figure(ev.figure) : undefined;
		// Parties: the deploying state, the host, the people of the clause, and an organisation only
		// when it is the force's own ("NATO troops"); a state or alliance only mentioned ("which
		// borders Russia", "NATO's eastern flank") is not a party.
		const host = ev.at.country && ev.at.country !== ev.by ? b.stateActor(ev.at.country) : null;
		const force = (ev.force ?? 'forces').slice(0, 200);
		const ownOrgs = b.orgs.filter((o) => new RegExp(`\\b${o.replace(/-/g, '[ -]')}\\b`, 'i').test(force));
		return {
			fields: { kind: 'deployment', force, by, to, ...(from && from !== to ? { from } : {}), ...(count ? { count } : {}), figures: [] },
			actors: [...new Set([by, ...(host ? [host] : []), ...b.people, ...ownOrgs])],
			idPart: to
		};
	},
	merge(kept, dup) {
		if (!kept.count && dup.count) kept.count = dup.count;
	}
};
