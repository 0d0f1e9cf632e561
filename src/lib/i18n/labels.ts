/**
 * The interface's names for the data's fixed vocabulary (kinds, their groups, statuses,
 * actor and place types) in the page's language. Each table names its messages one by one,
 * so a bundle holds the messages it uses and no others (a dynamic `m[key]` would keep them all).
 * Unknown values (a kind a newer story adds) read as themselves.
 */
import * as m from '../paraglide/messages.js';

type Msg = () => string;
const pick = (table: Record<string, Msg>, value: string): string => (Object.hasOwn(table, value) ? table[value]!() : value);

const KIND: Record<string, Msg> = {
	meeting: m.kind_meeting, call: m.kind_call, visit: m.kind_visit, travel: m.kind_travel,
	deployment: m.kind_deployment, trade: m.kind_trade, exchange: m.kind_exchange, strike: m.kind_strike
};
const KIND_INLINE: Record<string, Msg> = {
	meeting: m.kind_meeting_inline, call: m.kind_call_inline, visit: m.kind_visit_inline, travel: m.kind_travel_inline,
	deployment: m.kind_deployment_inline, trade: m.kind_trade_inline, exchange: m.kind_exchange_inline, strike: m.kind_strike_inline
};
const GROUP: Record<string, Msg> = {
	meetings: m.kind_group_meetings, calls: m.kind_group_calls, visits: m.kind_group_visits, deployments: m.kind_group_deployments,
	trade: m.kind_group_trade, exchanges: m.kind_group_exchanges, strikes: m.kind_group_strikes
};
const LEGEND: Record<string, Msg> = {
	meeting: m.legend_meeting, call: m.legend_call, visit: m.legend_visit, deployment: m.legend_deployment,
	trade: m.legend_trade, exchange: m.legend_exchange, strike: m.legend_strike
};
const STATUS: Record<string, Msg> = {
	happened: m.status_happened, planned: m.status_planned, postponed: m.status_postponed, proposed: m.status_proposed, cancelled: m.status_cancelled
};
const STATUS_INLINE: Record<string, Msg> = {
	happened: m.status_happened_inline, planned: m.status_planned_inline, postponed: m.status_postponed_inline,
	proposed: m.status_proposed_inline, cancelled: m.status_cancelled_inline
};
const ACTOR_TYPE: Record<string, Msg> = {
	person: m.actor_type_person, state: m.actor_type_state, organisation: m.actor_type_organisation, group: m.actor_type_group
};
const PLACE_TYPE: Record<string, Msg> = { country: m.place_type_country, building: m.place_type_building };

/** "Meeting", "Rencontre". */
export const kindLabel = (kind: string) => pick(KIND, kind);
/** A kind inside a sentence, in lower case where the language writes it so. */
export const kindInline = (kind: string) => pick(KIND_INLINE, kind);
export const kindGroupLabel = (group: string) => pick(GROUP, group);
/** The key's line for a kind, or undefined for a kind the key does not list by its own words. */
export const legendLabel = (kind: string): string | undefined => (Object.hasOwn(LEGEND, kind) ? LEGEND[kind]!() : undefined);
export const statusLabel = (status: string) => pick(STATUS, status);
export const statusInline = (status: string) => pick(STATUS_INLINE, status);
export const actorTypeLabel = (type: string) => pick(ACTOR_TYPE, type);
/** "Country", "Building", else "Place". */
export const placeTypeLabel = (type: string) => (Object.hasOwn(PLACE_TYPE, type) ? PLACE_TYPE[type]!() : m.place_type_place());

/**
 * A read-only table whose values are computed when read: `KIND_LABEL[kind]` in the page's
 * language at the moment it is rendered, for code written against a plain record.
 */
export function labelTable<K extends string>(keys: readonly K[], label: (key: K) => string): Readonly<Record<K, string>> {
	const table = {} as Record<K, string>;
	for (const k of keys) Object.defineProperty(table, k, { get: () => label(k), enumerable: true });
	return Object.freeze(table);
}

const DETAIL_TERM: Record<string, Msg> = {
	Forces: m.event_forces, What: m.event_what, 'How long': m.event_how_long, Exchanged: m.event_exchanged,
	'Handed over': m.event_handed_over, 'Mediated by': m.event_mediated_by, Weapon: m.event_weapon, Attacker: m.event_attacker
};
/** A kind's detail line's term ("Forces", "How long": see the kinds' `details`) in the page's language. */
export const detailTerm = (term: string) => pick(DETAIL_TERM, term);

/**
 * The reader's words for why the basemap is missing. The loaders (map/tiles.ts,
 * map/countries.ts) throw English errors, which MapLibre passes on as text; anything not
 * theirs is a decoder's, and reads as a damaged file.
 */
export function basemapReason(error: string): string {
	const http = /^the basemap could not be downloaded \(HTTP (\d+)\)/.exec(error);
	if (http) return m.basemap_download_failed_http({ status: http[1]! });
	if (error.startsWith('the basemap could not be downloaded')) return m.basemap_download_failed();
	return m.basemap_damaged();
}
