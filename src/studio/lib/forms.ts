/**
 * Event forms from the schema itself: each kind's fields read from the zod event union's
 * options (whatever kinds the schema has: a kind added to the registry gets a form with no
 * change here), each field by its type — text, day, enum, number, reference to a place or an
 * actor, quotes, nested figures. Nothing here names a kind.
 */
import type { z } from 'zod';
import { event as eventSchema } from '$lib/story/schema';

export type RefTarget = 'place' | 'actor';
export type Field =
	| { type: 'text'; key: string; optional: boolean; max: number; description?: string }
	| { type: 'day'; key: string; optional: boolean; description?: string }
	| { type: 'country'; key: string; optional: boolean; description?: string }
	| { type: 'number'; key: string; optional: boolean; description?: string }
	| { type: 'boolean'; key: string; optional: boolean; description?: string }
	| { type: 'enum'; key: string; optional: boolean; options: string[]; description?: string }
	| { type: 'ref'; key: string; optional: boolean; target: RefTarget; description?: string }
	| { type: 'refs'; key: string; optional: boolean; target: RefTarget; min: number; description?: string }
	| { type: 'sources'; key: string; optional: boolean; min: number; description?: string }
	| { type: 'object'; key: string; optional: boolean; fields: Field[]; description?: string }
	| { type: 'objects'; key: string; optional: boolean; fields: Field[]; description?: string }
	| { type: 'unknown'; key: string; optional: boolean; description?: string };

type Any = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string }; bag?: Record<string, unknown> } };

const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.source;
const DAY = /^\d{4}-\d{2}-\d{2}$/.source;
const COUNTRY = /^[A-Z]{2}$/.source;
/** Names that point at a place when the schema's description does not say. */
const PLACE_KEYS = new Set(['place', 'places', 'from', 'to', 'at', 'within', 'target', 'targets', 'location', 'where', 'site']);

function checks(s: Any): Array<Record<string, unknown>> {
	return ((s._zod.def.checks as Array<{ _zod: { def: Record<string, unknown> } }> | undefined) ?? []).map((c) => c._zod.def);
}
const pattern = (s: Any) => checks(s).find((c) => c.format === 'regex')?.pattern as RegExp | undefined;

function target(key: string, description: string | undefined): RefTarget {
	const d = (description ?? '').toLowerCase();
	if (/\bplace\b/.test(d)) return 'place';
	if (/\bactor\b/.test(d)) return 'actor';
	return PLACE_KEYS.has(key) ? 'place' : 'actor';
}

export function describeField(key: string, schema: z.ZodType): Field {
	let s = schema as Any;
	let optional = false;
	let description = s.description;
	for (;;) {
		const t = s._zod.def.type;
		if (t === 'optional' || t === 'default' || t === 'nullable' || t === 'prefault') {
			optional = true;
			s = s._zod.def.innerType as Any;
			description ??= s.description;
		} else break;
	}
	const t = s._zod.def.type;
	const base = { key, optional, ...(description ? { description } : {}) };
	if (t === 'string') {
		const p = pattern(s)?.source;
		if (p === ID) return { ...base, type: 'ref', target: target(key, description) };
		if (p === DAY) return { ...base, type: 'day' };
		if (p === COUNTRY) return { ...base, type: 'country' };
		const max = (checks(s).find((c) => c.check === 'max_length')?.maximum as number | undefined) ?? 1000;
		return { ...base, type: 'text', max };
	}
	if (t === 'number') return { ...base, type: 'number' };
	if (t === 'boolean') return { ...base, type: 'boolean' };
	if (t === 'enum') return { ...base, type: 'enum', options: Object.values((s._zod.def.entries as Record<string, string>) ?? {}) };
	if (t === 'object') return { ...base, type: 'object', fields: objectFields(s as unknown as z.ZodObject) };
	if (t === 'array') {
		const el = s._zod.def.element as Any;
		const min = (checks(s).find((c) => c.check === 'min_length')?.minimum as number | undefined) ?? 0;
		const inner = describeField(key, el);
		if (inner.type === 'ref') return { ...base, type: 'refs', target: inner.target, min };
		if (inner.type === 'object' && inner.fields.some((f) => f.key === 'quote') && inner.fields.some((f) => f.key === 'report')) return { ...base, type: 'sources', min };
		if (inner.type === 'object') return { ...base, type: 'objects', fields: inner.fields };
	}
	return { ...base, type: 'unknown' };
}

export function objectFields(o: z.ZodObject): Field[] {
	return Object.entries(o.shape).map(([k, v]) => describeField(k, v as z.ZodType));
}

type EventOption = (typeof eventSchema.options)[number];

/** The kinds the schema knows, in its order. */
export function eventKinds(): string[] {
	return eventSchema.options.map((o: EventOption) => String((o.shape.kind as unknown as { value: string }).value));
}

/** The fields of one kind's form (the kind itself and the id are handled apart). */
export function kindFields(kind: string): Field[] {
	const o = eventSchema.options.find((x: EventOption) => (x.shape.kind as unknown as { value: string }).value === kind);
	return o ? objectFields(o as unknown as z.ZodObject).filter((f) => f.key !== 'kind') : [];
}

/**
 * The event as another kind: fields both kinds have are kept, the rest dropped, and required
 * fields the new kind adds are filled from what the event already says (its places, its
 * actors), so the form opens close to valid and validation names what is left.
 */
export function convertEvent(e: Record<string, unknown>, kind: string, placesOf: (e: Record<string, unknown>) => string[]): Record<string, unknown> {
	const fields = kindFields(kind);
	const out: Record<string, unknown> = { id: e.id, kind };
	const places = placesOf(e);
	const actors = Array.isArray(e.actors) ? (e.actors as string[]) : [];
	let placeTurn = 0;
	for (const f of fields) {
		if (f.key === 'id') continue;
		if (e[f.key] !== undefined && sameType(f, e[f.key])) {
			out[f.key] = e[f.key];
			continue;
		}
		if (f.optional) continue;
		if (f.type === 'ref') out[f.key] = f.target === 'place' ? (places[placeTurn++] ?? places[0] ?? '') : (actors[0] ?? '');
		else if (f.type === 'refs') out[f.key] = f.target === 'place' ? places.slice(0, Math.max(f.min, 1)) : actors.slice();
		else if (f.type === 'enum') out[f.key] = f.options[f.options.length - 1] ?? '';
		else if (f.type === 'text') out[f.key] = String(e.title ?? '');
		else if (f.type === 'sources') out[f.key] = e.sources ?? [];
		else if (f.type === 'objects') out[f.key] = [];
	}
	return out;
}

function sameType(f: Field, v: unknown): boolean {
	switch (f.type) {
		case 'text':
		case 'day':
		case 'country':
		case 'ref':
		case 'enum':
			return typeof v === 'string' && (f.type !== 'enum' || f.options.includes(v));
		case 'number':
			return typeof v === 'number';
		case 'boolean':
			return typeof v === 'boolean';
		case 'refs':
		case 'sources':
		case 'objects':
			return Array.isArray(v);
		case 'object':
			return !!v && typeof v === 'object';
		default:
			return true;
	}
}

/**
 * ISO 3166-1 alpha-2 codes with their English names, for a country picker: every two-letter
 * code Intl names (CLDR, in Node and every current browser), so no country table ships.
 */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'QO', 'UN', 'XA', 'XB', 'ZZ']);
export function countryOptions(locale = 'en'): Array<{ code: string; name: string }> {
	let names: Intl.DisplayNames;
	try {
		names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
	} catch {
		return [];
	}
	const out: Array<{ code: string; name: string }> = [];
	const A = 65;
	for (let i = 0; i < 26; i++)
		for (let j = 0; j < 26; j++) {
			const code = String.fromCharCode(A + i, A + j);
			// Unions, pseudo-locales and CLDR's "Unknown Region" are named but are not a place's country.
			const name = NOT_COUNTRIES.has(code) ? undefined : names.of(code);
			if (name && name !== code) out.push({ code, name });
		}
	return out.sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** A label from a field key: "rescheduledTo" → "Rescheduled to". */
export function label(key: string): string {
	const s = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
	return s.charAt(0).toUpperCase() + s.slice(1);
}
