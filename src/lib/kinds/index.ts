/**
 * The registry of kinds of event. Adding a kind is its module beside these (`<kind>.ts`, its
 * schema fragment `<kind>.schema.ts`, its SVG mark), one line here, one in ./schemas.ts and one
 * in ./marks.ts; everything else loops over `KINDS` and never names a kind. No zod here: this
 * module goes to the browser and the canvas worker.
 */
import type { Kind } from './kind';
import type { EventInput, StoryEvent } from './formats';
import meeting from './meeting';
import call from './call';
import visit from './visit';
import travel from './travel';
import deployment from './deployment';
import trade from './trade';
import exchange from './exchange';
import strike from './strike';

export type { EventInput, StoryEvent };

/** The key, the filters and the list order by each kind's own `order`. */
export const KINDS = [meeting, call, visit, travel, deployment, trade, exchange, strike] as const;

export type EventKind = (typeof KINDS)[number]['kind'];

export const EVENT_KINDS: readonly EventKind[] = KINDS.map((k) => k.kind);

// A kind looked up by name reads any event of that kind: the union is checked by the schema,
// and each kind's functions are typed by its own module.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyKind = Kind<any, any>;
const BY_KIND = new Map<string, AnyKind>(KINDS.map((k) => [k.kind, k as AnyKind]));

/** The kind of an event (or a kind's name). */
export function kindOf(e: { kind: string } | string): AnyKind {
	const name = typeof e === 'string' ? e : e.kind;
	const k = BY_KIND.get(name);
	if (!k) throw new Error(`unknown kind of event "${name}"`);
	return k;
}

/** The filter groups, in order: visits and travel are one, as on the key. */
export const KIND_GROUPS: readonly { id: string; label: string }[] = [...new Map(KINDS.map((k) => [k.group.id, k.group])).values()]
	.sort((a, b) => a.order - b.order)
	.map(({ id, label }) => ({ id, label }));

/** The key's rows, in order. */
export const LEGEND_KINDS: readonly AnyKind[] = [...BY_KIND.values()].filter((k) => k.legend).sort((a, b) => a.legend!.order - b.legend!.order);
