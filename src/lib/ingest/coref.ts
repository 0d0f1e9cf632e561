/**
 * Place references that are not names: descriptors resolved against the document's countries.
 *
 * - "the Saudi capital", "Ukraine's capital" → the capital city of that country (GeoNames PPLC);
 * - "the kingdom", "the emirate", "the sultanate", "the principality" → the last country named
 *   before it whose official name (world-countries) is of that form ("Kingdom of Saudi Arabia").
 *
 * These are not toponyms in the sense of the geoparsing benchmarks (which annotate names only),
 * so `geoparse()` does not return them; event extraction and drafting use them.
 */
import type { Gazetteer, GazPlace } from './gazetteer';
import type { Toponym } from './geoparse';

function toToponym(p: GazPlace, start: number, end: number, text: string, confidence: number): Toponym {
	return {
		start,
		end,
		text: text.slice(start, end),
		name: p.name,
		lat: p.lat,
		lon: p.lon,
		geonameid: p.geonameid,
		country: p.country,
		type: p.kind === 'country' ? 'country' : p.kind === 'city' ? 'city' : p.kind === 'building' ? 'building' : 'region',
		form: 'name',
		confidence,
		placeKey: p.key,
		locative: /\b(?:in|at|to|into|near|visit(?:s|ed|ing)?)\s+$/i.test(text.slice(Math.max(0, start - 12), start))
	};
}

/** The capital of a country as a gazetteer place, when GeoNames marks one. */
export function capitalOf(gaz: Gazetteer, cc: string): GazPlace | undefined {
	return gaz.capitals.get(cc);
}

/** Descriptor references in a text, given the toponyms already found; sorted by offset. */
export function findDescriptors(text: string, toponyms: Toponym[], gaz: Gazetteer): Toponym[] {
	const out: Toponym[] = [];
	// "the Saudi capital", "Ukraine's capital", "the Russian capital".
	for (const t of toponyms) {
		if (!t.country || t.type === 'building') continue;
		if (t.type !== 'country' && t.form !== 'demonym') continue;
		const after = /^(?:['’]s)?\s+capital\b/.exec(text.slice(t.end, t.end + 12));
		if (!after) continue;
		const cap = capitalOf(gaz, t.country);
		if (!cap) continue;
		const the = /\bthe\s+$/i.exec(text.slice(Math.max(0, t.start - 4), t.start));
		const start = the ? t.start - the[0].length : t.start;
		out.push(toToponym(cap, start, t.end + after[0].length, text, 0.8));
	}
	// "the kingdom", "the emirate": the last country named before, of that form.
	const re = /\bthe (kingdom|emirate|sultanate|principality)\b(?! of\b)/g;
	// Matches come in text order: keep, per state form, the last country of that form seen so far.
	const lastOfForm = new Map<string, Toponym>();
	let k = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		for (; k < toponyms.length && toponyms[k]!.start < m.index; k++) {
			const t = toponyms[k]!;
			if (!t.country) continue;
			for (const [form, list] of gaz.stateForms) if (list.includes(t.country)) lastOfForm.set(form, t);
		}
		const found = lastOfForm.get(m[1]!);
		const country = found ? gaz.countries.get(found.country) : undefined;
		if (country) out.push(toToponym(country, m.index + 4, m.index + m[0].length, text, 0.7));
	}
	return out.sort((a, b) => a.start - b.start);
}
