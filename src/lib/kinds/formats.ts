/**
 * The kinds in the story format: the event schema (the union of each kind's fragment, told
 * apart by `kind`), and what validation, the GeoJSON download and the synthetic stories need
 * of each kind. Server, scripts and validation only: zod stays out of the browser's code.
 * Keyed by the registry's kinds, so a kind without a format (or a format without a kind)
 * does not compile.
 */
import { z } from 'zod';
import type { EventKind } from './index';
import type { KindFormat } from './kind';
import meeting from './meeting.format';
import call from './call.format';
import visit from './visit.format';
import travel from './travel.format';
import deployment from './deployment.format';
import trade from './trade.format';
import exchange from './exchange.format';
import strike from './strike.format';

const FORMAT_LIST = [meeting, call, visit, travel, deployment, trade, exchange, strike] as const;

type Schemas<T extends readonly unknown[]> = { [I in keyof T]: T[I] extends KindFormat<infer S> ? S : never };

export const eventSchema = z.discriminatedUnion('kind', FORMAT_LIST.map((f) => f.schema) as unknown as Schemas<typeof FORMAT_LIST>);

export type StoryEvent = z.infer<typeof eventSchema>;
/** An event as written in a file (or a draft), before defaults are filled in. */
export type EventInput = z.input<typeof eventSchema>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFormat = KindFormat<any>;

/** Each kind's format by name: both ways, every kind has one and every one is a kind. */
export const FORMATS: Record<EventKind, AnyFormat> & Record<StoryEvent['kind'], AnyFormat> = Object.fromEntries(
	FORMAT_LIST.map((f) => [f.schema.shape.kind.value, f as AnyFormat])
) as Record<EventKind & StoryEvent['kind'], AnyFormat>;

type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameKinds: Exact<EventKind, StoryEvent['kind']> = true;
void _sameKinds;

export function formatOf(e: { kind: string }): AnyFormat {
	const f = (FORMATS as Record<string, AnyFormat>)[e.kind];
	if (!f) throw new Error(`unknown kind of event "${e.kind}"`);
	return f;
}
