/**
 * Drafting strikes: an attack on a place (missile, drone, artillery, air), one event per place
 * struck, with the attacker, the weapon, the casualties and who states them.
 */
import type { KindRules, Reading } from '../ingest/kind-rules';
import type { FigureInfo } from '../ingest/events';

const WEAPON = /\b(?:(?:ballistic |cruise |hypersonic )?missiles?|drones?|bombers?|(?:bunker[- ]buster )?bombs?|artillery|rockets?|shells?|air ?strikes?|airstrikes?|jets?|missiles? balistiques?|drones?|frappes? aériennes?)\b/iu;
const NUM = '\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix';
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10 };
const CASUALTIES_SRC = /\b(?:(at least|more than|over|nearly|about|some|au moins|plus de)\s+)?(NUM)\s+(?:people|civilians|persons|personnes|civils)?\s*(?:were |have |had )?(killed|dead|died|wounded|injured|hurt|tués?|morts?|blessés?)|\b(killing|wounding|injuring|tuant|blessant)\s+(at least|more than|over|nearly|about|au moins|plus de)?\s*(NUM)\b/giu;
const CASUALTIES = new RegExp(CASUALTIES_SRC.source.replace(/NUM/g, NUM), 'giu');
const QUAL: Record<string, FigureInfo['qualifier']> = { 'at least': 'more-than', 'more than': 'more-than', over: 'more-than', 'plus de': 'more-than', 'au moins': 'more-than', nearly: 'about', about: 'about', some: 'about' };

function casualties(s: string): Array<Omit<FigureInfo, 'according'>> {
	const out: Array<Omit<FigureInfo, 'according'>> = [];
	for (const m of s.matchAll(CASUALTIES)) {
		const raw = (m[2] ?? m[6])!.toLowerCase();
		const n = WORDS[raw] ?? Number(raw.replace(/,/g, ''));
		if (!Number.isFinite(n)) continue;
		const verb = (m[3] ?? m[4])!.toLowerCase();
		const q = (m[1] ?? m[5])?.toLowerCase();
		const unit = /kill|dead|died|tu|mort/.test(verb) ? 'people killed' : 'people wounded';
		out.push({ text: m[0].trim().slice(0, 200), value: n, qualifier: q ? (QUAL[q] ?? 'exact') : 'exact', unit, measure: 'casualties' });
	}
	return out;
}

/**
 * The format's weapon class from the report's words ("cruise missiles" → missile); "other" where
 * the report names none, so the editor sees a field to check rather than a guess.
 */
export function weaponClass(words: string | undefined): 'missile' | 'drone' | 'artillery' | 'air' | 'rocket' | 'other' {
	const w = (words ?? '').toLowerCase();
	if (/missile/.test(w)) return 'missile';
	if (/drone/.test(w)) return 'drone';
	if (/artillery|shell/.test(w)) return 'artillery';
	if (/rocket/.test(w)) return 'rocket';
	if (/bomb|air ?strike|jet|aérienne/.test(w)) return 'air';
	return 'other';
}

export const strikeIngest: KindRules = {
	kind: 'strike',
	distinctBy: ['by'],
	exactPlace: true,
	cue: /\b(?:(?:air|missile|drone|rocket|artillery)[ -]?(?:strikes?|attacks?)|airstrikes?|strikes? (?:on|against|at)|struck|(?:attacks?|attacked|bomb(?:ed|ing)|shell(?:ed|ing)|pounded|hit|targeted|shelled) (?:\w+ ){0,4}?(?:on |against )?(?=\p{Lu})|(?:conducted|launched|carried out) (?:\w+ ){0,2}(?:strikes|attacks)|frappes? (?:aériennes? )?(?:sur|contre)|bombard\w*|attaque (?:de |aux? )?(?:missiles?|drones?))/iu,
	notCue: /\b(?:strikes? (?:a|the) (?:deal|balance|tone|chord)|(?:general|hunger|workers'?) strikes?|on strike|heart attack|attacked (?:the|his|her) (?:decision|policy|plan|remarks?))\b/i,
	read(ctx) {
		const { text, sentence: s } = ctx;
		// Targets: places after the cue ("struck Kyiv", "targeted … Natanz, Isfahan, and Fordow"), not origins.
		// Targets right after the cue (within its clause and a few words), not any place later on.
		const near = ctx.cue.at + ctx.cue.text.length + 80;
		const after = ctx.namedHere.filter((t) => t.start >= ctx.cue.at && t.start <= near && t.end <= ctx.clause.end && !ctx.isFrom(t));
		// The first place after the cue and those listed with it ("Natanz, Isfahan and Fordow"; "Iran's
		// sites—A, B and C"); a country gives way to the towns it introduces.
		const list = after.slice(0, 1);
		for (let k = 1; k < after.length; k++) {
			const gap = text.slice(after[k - 1]!.end, after[k]!.start);
			if (!/^(?:\s*(?:,|and|, and|et|ou|or|—|–|-)\s*|['’]s?\s*(?:[\p{L}-]+\s+){0,3}(?:sites?|facilities|cities|towns|targets|bases|plants?)\s*[—–:-]\s*)$/u.test(gap)) break;
			list.push(after[k]!);
		}
		const specific = list.filter((t) => t.type !== 'country');
		let targets = specific.length ? specific : list;
		if (!targets.length) {
			const before = ctx.namedHere.filter((t) => t.start < ctx.cue.at && t.type !== 'country' && /\b(?:in|on|at|à|sur)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 8), t.start)));
			targets = before.slice(-1);
		}
		if (!targets.length) return [];
		// Attacker: a state named (or implied by a demonym) before the cue, not one of the targets' own.
		const attackerT = ctx.places.filter((t) => t.country && t.start < ctx.cue.at && !targets.includes(t)).pop();
		const weapon = WEAPON.exec(s.text)?.[0];
		const figs = casualties(s.text);
		const according = ctx.attribution();
		return targets.map(
			(t): Reading => ({
				persons: [],
				at: t,
				...(attackerT && attackerT.country !== t.country ? { by: attackerT.country } : {}),
				sides: [t.country],
				...(weapon ? { what: weapon } : {}),
				...(figs.length ? { figure: { ...figs[0]!, according }, figures: figs.slice(1).map((f) => ({ ...f, according })) } : {})
			})
		);
	},
	build(ev, b) {
		if (!ev.at) return null;
		const place = b.place(ev.at);
		const by = ev.by ? b.stateActor(ev.by) : null;
		const target = (ev.sides ?? []).map((c) => b.stateActor(c)).find((x): x is string => !!x);
		const actors = [...new Set([...(by ? [by] : []), ...(target ? [target] : [])])];
		if (!actors.length) return null;
		const casualties = [...(ev.figure ? [b.figure(ev.figure)] : []), ...(ev.figures ?? []).map((f) => b.figure(f))];
		return {
			fields: { kind: 'strike', target: place, weapon: weaponClass(ev.what), ...(ev.what ? { weaponText: ev.what.slice(0, 200) } : {}), ...(by ? { by } : {}), casualties },
			actors,
			idPart: place
		};
	},
	merge(kept, dup) {
		if (!kept.by && dup.by) kept.by = dup.by;
		if (kept.weapon === 'other' && dup.weapon !== 'other') {
			kept.weapon = dup.weapon;
			kept.weaponText = dup.weaponText;
		}
		if (!(kept.casualties as unknown[]).length && (dup.casualties as unknown[]).length) kept.casualties = dup.casualties;
	}
};
