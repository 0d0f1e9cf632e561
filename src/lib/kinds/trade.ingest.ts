/** Drafting trade: deals, sales, investment, aid and sanctions, as a flow from one state to another. */
import type { KindRules } from '../ingest/kind-rules';
import type { Goods } from '../ingest/events';
import { moneyFigure } from '../ingest/events';

const GOODS: Array<[Goods, RegExp]> = [
	['sanctions', /\bsanction/i],
	['oil', /\b(?:oil|crude|petroleum|gas|fuel|tankers?|pétrole)\b/i],
	['arms', /\b(?:arms|weapons|shells|missiles|rockets|ammunition|munitions|armes)\b/i],
	['minerals', /\b(?:minerals?|rare earths?|minerais|terres rares)\b/i],
	['investment', /\b(?:invest|investiss)/i],
	['money', /(?:\$|\b(?:dollars|money|aid|loans?|payments?|aide|fonds)\b)/i]
];

export const tradeIngest: KindRules = {
	kind: 'trade',
	cue: /\b(?:oil|crude|sanctions?|arms sales|sales (?:of|to)|sold|bought|purchases?|weapons|shells|minerals?|exports?|imports?|investments?|supplied|supplies|cargoes|(?:military|financial|economic) aid|aid (?:to|for)|pétrole|minerais|investissements?|accord (?:sur|économique)|ventes d['’]armes)\b/iu,
	notCue: /\b(?:oil (?:painting|price)s?)\b/i,
	yieldsTo: ['strike'],
	read(ctx) {
		const { text, sentence, clause } = ctx;
		// Two deals in one sentence ("$600 billion in Saudi investments in the U.S. and $142 billion
		// in American arms sales to Riyadh") are two flows: read the cue's own clause when it names
		// both ends, else the whole sentence.
		const inClause = (t: { start: number; end: number }) => t.start >= clause.start && t.end <= clause.end;
		// Only when the rest of the sentence trades something else (investment one way, arms the
		// other): two clauses about one fund are one deal.
		const kinds = (t: string) => GOODS.filter(([g, re]) => g !== 'money' && re.test(t)).map(([g]) => g);
		const mine = kinds(clause.text);
		const rest = kinds(text.slice(sentence.start, clause.start) + ' ' + text.slice(clause.end, sentence.end));
		const own =
			clause.end - clause.start < sentence.end - sentence.start &&
			ctx.places.filter((t) => t.country && inClause(t)).length >= 2 &&
			mine.length > 0 &&
			rest.some((g) => !mine.includes(g));
		const s = own ? clause : sentence;
		const places = own ? ctx.places.filter(inClause) : ctx.places;
		const namedHere = own ? ctx.namedHere.filter(inClause) : ctx.namedHere;
		const goods = GOODS.find(([, re]) => re.test(s.text))?.[0] ?? 'other';
		const what = (/\b(?:[\p{L}-]+ ){0,3}(?:oil|crude|sanctions|arms|weapons|shells|missiles|rockets|minerals?|investments?|aid|minerais|investissements?)\b/iu.exec(s.text)?.[0] ?? goods)
			.trim()
			// "billion in Saudi investments": the amount's tail is not what is traded.
			.replace(/^(?:(?:[\d.,]+|thousand|million|billion|trillion|bn|mn|of|in|worth|dollars?|euros?|milliards?|millions?|de|d['’])\s+)+/iu, '');
		const fromT = namedHere.find((t) => ctx.isFrom(t));
		// "$600 billion in Saudi investments": the amount's "in" does not point at a destination.
		const amountIn = (t: { start: number }) => /(?:\d|thousand|million|billion|trillion|bn|mn)\s+in\s+$/i.test(text.slice(Math.max(0, t.start - 16), t.start));
		const toT = namedHere.find((t) => t !== fromT && !amountIn(t) && /\b(?:to|into|on|against|in|à|vers|aux?|sur)\s+(?:the\s+|la\s+|le\s+|l['’]\s*|les\s+)?$/i.test(text.slice(Math.max(0, t.start - 9), t.start)));
		const subject = places.find((t) => t.country && t !== fromT && t !== toT);
		const subjTop = subject ? (subject.form === 'demonym' ? ctx.named.find((n) => n.country === subject.country && n.type === 'country') ?? ctx.capital(subject.country) : subject) : undefined;
		const a = fromT ?? subjTop;
		// The other end may be named only as a state's stand-in ("a step in Kyiv's efforts",
		// "Ukrainian officials"): that state, at its named country or its capital.
		const stateOf = (t: (typeof places)[number]) =>
			t.form === 'demonym' || t.type !== 'country' ? (ctx.named.find((n) => n.country === t.country && n.type === 'country') ?? ctx.capital(t.country)) : t;
		const standIn = () => {
			const t = places.find((x) => x.country && x.country !== a?.country && !namedHere.includes(x));
			return t ? stateOf(t) : undefined;
		};
		const b = toT ?? (fromT ? subjTop : (namedHere.find((t) => t !== a) ?? standIn()));
		if (!a || !b || a.country === b.country) return [];
		const fig = moneyFigure(s.text);
		return [{ persons: ctx.persons, from: a, at: b, goods, what, ...(fig ? { figure: { ...fig, according: ctx.attribution() } } : {}) }];
	},
	build(ev, b) {
		if (!ev.from || !ev.at) return null;
		const from = b.place(ev.from);
		const to = b.place(ev.at);
		if (from === to) return null;
		const amount = ev.figure ? b.figure(ev.figure) : undefined;
		const ids = b.actorIds.length ? b.actorIds : [b.stateActor(ev.from.country), b.stateActor(ev.at.country)].filter((x): x is string => !!x);
		if (!ids.length) return null;
		return {
			fields: { kind: 'trade', from, to, goods: ev.goods ?? 'other', what: (ev.what ?? 'goods').slice(0, 200), ...(amount ? { amount } : {}) },
			actors: ids,
			idPart: `${from}-${to}`
		};
	},
	merge(kept, dup) {
		if (!kept.amount && dup.amount) kept.amount = dup.amount;
	}
};
