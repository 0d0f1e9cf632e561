/**
 * Drafting exchanges: prisoners, captives, hostages or bodies swapped between two parties, with
 * the count (per side when "each"), the place when the text gives one, and the mediator.
 */
import type { KindRules } from '../ingest/kind-rules';

const COUNT = /\b(\d[\d,]*)\s+(?:(?:prisoners?|captives?|hostages?|soldiers|servicemen|bodies|detainees|prisonniers|otages|militaires|soldats|détenus)\b)(?:\s+(?:of war|de guerre))?(?:\s+(each|chacun|apiece|for \d[\d,]*))?/iu;
const MEDIATOR = /\b(?:mediat(?:ion|ed) (?:of|by)|brokered by|with the help of|médiation (?:des?|du|de la)|grâce à la médiation (?:des?|du|de la))\s+(?:the\s+|les\s+|l['’])?$/iu;

/**
 * Where the freed people were received or handed over, told after the swap itself ("they are
 * being treated in Belarus", "were handed over at the border in X"): for a swap between two
 * capitals' governments that is the only place the exchange happened. Not where they are taken
 * next ("before being moved to Russia").
 */
const RECEIVED = /\b(?:received|receiving|handed over|handover|treated|treatment|care|arrived|landed|crossed|reçu(?:e|s|es)?|reçoivent|remis|accueilli(?:e|s|es)?|soins|arrivé(?:e|s|es)?|soign(?:é|és|ée|ées)|traitement)\b/iu;
const ONWARD = /\b(?:to|into|towards|vers|pour)\s+(?:the\s+|la\s+|le\s+|l['’])?$|\b(?:transferred|moved|taken|sent|flown|transférés?|emmenés?|envoyés?)\s+(?:\S+\s+){0,2}$/iu;
/** How far past the swap's sentence to look for where it happened (about two short sentences). */
const HANDOVER_SPAN = 400;

function handoverPlace(ctx: Parameters<KindRules['read']>[0]) {
	const from = ctx.sentence.end;
	for (const t of ctx.named) {
		if (t.start < from || !t.locative || !t.country) continue;
		if (t.start > from + HANDOVER_SPAN) break;
		// The verb of receiving stands in the same sentence, before the place and close to it.
		const window = ctx.text.slice(Math.max(from, t.start - 120), t.start);
		const before = window.slice(window.search(/(?:^|[.!?]\s+)[^.!?]*$/));
		if (!RECEIVED.test(before) || ONWARD.test(before)) continue;
		return t;
	}
	return undefined;
}

export const exchangeIngest: KindRules = {
	kind: 'exchange',
	cue: /\b(?:(?:prisoner|captive|hostage|body|POW)s? (?:exchange|swap)|exchang(?:e|ed|es|ing) (?:of )?(?:\d[\d,]* )?(?:prisoners?|captives?|hostages?|bodies|POWs|soldiers|servicemen|detainees)|swap(?:ped|s)? (?:of )?(?:\d[\d,]* )?(?:prisoners?|captives?|hostages?|bodies|detainees|POWs)|hand(?:ed|s|ing)? over (?:\w+ ){0,3}(?:hostages?|prisoners?|captives?|bodies)|released? (?:\w+ ){0,2}(?:hostages?|prisoners?|captives?)|(?:ont |a )?échang[ée]\w*|échange de (?:prisonniers|otages|corps|détenus)|libér\w* (?:\w+ ){0,2}(?:otages|prisonniers|détenus))/iu,
	notCue: /\b(?:exchang\w* (?:of )?(?:views|fire|messages|letters|words|greetings|ideas|information|opinions)|exchange rates?|stock exchange|échang\w* (?:de |des )?(?:vues|tirs|messages|idées))\b/iu,
	read(ctx) {
		const { sentence: s, places } = ctx;
		// The two sides: states (names, metonyms such as "Moscow and Kyiv", demonyms) in the sentence.
		const mediatorT = places.find((t) => t.country && MEDIATOR.test(ctx.text.slice(Math.max(0, t.start - 40), t.start)));
		const sides = [...new Set(places.filter((t) => t.country && t !== mediatorT).map((t) => t.country))];
		const at = ctx.locHere.find((t) => t !== mediatorT && t.type !== 'country' && !ctx.isFrom(t)) ?? handoverPlace(ctx) ?? ctx.context;
		const m = COUNT.exec(s.text);
		const figure = m
			? { text: m[0].trim().slice(0, 200), value: Number(m[1]!.replace(/,/g, '')), qualifier: 'exact' as const, unit: m[3] ? 'per side' : 'people', measure: 'exchanged', according: ctx.attribution() }
			: undefined;
		if (!sides.length && !ctx.persons.length) return [];
		return [{ persons: ctx.persons, ...(at ? { at, inferred: at === ctx.context } : {}), sides, ...(mediatorT ? { mediator: mediatorT.country } : {}), ...(figure ? { figure } : {}), what: /hostage|otage/i.test(s.text) ? 'hostages' : /bod(?:y|ies)|corps/i.test(s.text) ? 'bodies' : 'prisoners' }];
	},
	build(ev, b) {
		const sides = (ev.sides ?? []).map((c) => b.stateActor(c)).filter((x): x is string => !!x);
		const mediator = ev.mediator ? b.stateActor(ev.mediator) : null;
		const parties = [...new Set([...sides, ...b.people])];
		if (!parties.length) return null;
		const place = ev.at ? b.place(ev.at) : undefined;
		const count = ev.figure ? b.figure(ev.figure) : undefined;
		return {
			fields: { kind: 'exchange', parties, ...(place ? { place } : {}), ...(mediator ? { mediator } : {}), what: ev.what ?? 'prisoners', ...(count ? { count } : {}) },
			actors: [...new Set([...parties, ...(mediator ? [mediator] : [])])],
			idPart: place ?? parties.join('-')
		};
	},
	merge(kept, dup) {
		if (!kept.place && dup.place) kept.place = dup.place;
		if (!kept.mediator && dup.mediator) kept.mediator = dup.mediator;
		if (!kept.count && dup.count) kept.count = dup.count;
	}
};
