/**
 * The view ⇄ URL mapping: pure functions, so any view can be shared as a link and reopens
 * exactly, and back/forward walk through selections.
 *
 *   ?c=37.62,55.75,4.2          camera: lon, lat, zoom (bearing appended when not 0)
 *   &t=2025-02-12..2025-02-18   time window (absent: the whole story)
 *   &sel=event:riyadh-meeting   selection (event:<id> or place:<id>)
 *   &k=meetings,calls           kinds shown (absent: all)
 *   &a=russia,us                actors: only events involving one of them
 *   &s=happened,planned         statuses shown (absent: all)
 *   &v=list                     the list view instead of the map
 */
import type { Camera } from '$lib/geo/mercator';
import { KIND_GROUPS, type DayWindow, type Filters, type KindGroup } from '$lib/story/model';
import { STATUSES, type Status } from '$lib/story/vocabulary';

export type Selection = { type: 'event' | 'place'; id: string };

export interface ViewParams {
	camera?: Camera;
	window?: DayWindow;
	selection?: Selection;
	filters?: Filters;
	list?: boolean;
}


const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
/** Longer than any id a story uses (the schema's ids are short slugs): a link, not a payload. */
const MAX_ID = 100;

/** A calendar day that exists (2025-02-29 and 2025-13-45 do not), as YYYY-MM-DD. */
export function isDay(s: string): boolean {
	const m = DAY.exec(s);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const t = new Date(Date.UTC(y, mo - 1, d));
	return y >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const isId = (s: string) => s.length <= MAX_ID && ID.test(s);

export function parseView(params: URLSearchParams): ViewParams {
	const out: ViewParams = {};
	const c = params.get('c')?.split(',').map(Number);
	if (c && (c.length === 3 || c.length === 4) && c.every(Number.isFinite)) {
		const [lon, lat, zoom, bearing = 0] = c as [number, number, number, number?];
		if (Math.abs(lon) <= 540 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 22) {
			out.camera = { center: [wrapLon(lon), lat], zoom, ...(bearing ? { bearing: ((bearing % 360) + 360) % 360 } : {}) };
		}
	}
	const t = params.get('t')?.split('..');
	if (t && t.length === 2 && isDay(t[0]!) && isDay(t[1]!) && t[0]! <= t[1]!) {
		out.window = { start: t[0]!, end: t[1]! };
	}
	const sel = params.get('sel');
	const m = sel ? /^(event|place):(.+)$/.exec(sel) : null;
	if (m && isId(m[2]!)) out.selection = { type: m[1] as Selection['type'], id: m[2]! };
	const kinds = listParam(params, 'k').filter((k): k is KindGroup => (KIND_GROUPS as readonly string[]).includes(k));
	const actors = listParam(params, 'a').filter(isId);
	const statuses = listParam(params, 's').filter((x): x is Status => (STATUSES as readonly string[]).includes(x));
	if (kinds.length || actors.length || statuses.length) out.filters = { kinds, actors, statuses };
	if (params.get('v') === 'list') out.list = true;
	return out;
}

function listParam(params: URLSearchParams, key: string): string[] {
	const v = params.get(key);
	return v ? [...new Set(v.split(','))].filter(Boolean) : [];
}

/** Writes the view into `base` (other parameters, such as embed options, are kept). */
export function formatView(view: ViewParams, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
	const p = new URLSearchParams(base);
	for (const k of ['c', 't', 'sel', 'k', 'a', 's', 'v']) p.delete(k);
	if (view.camera) {
		const { center, zoom, bearing } = view.camera;
		const parts = [fixed(wrapLon(center[0]), 4), fixed(center[1], 4), fixed(zoom, 2)];
		if (bearing) parts.push(fixed(bearing, 1));
		p.set('c', parts.join(','));
	}
	if (view.window) p.set('t', `${view.window.start}..${view.window.end}`);
	if (view.selection) p.set('sel', `${view.selection.type}:${view.selection.id}`);
	const f = view.filters;
	if (f?.kinds.length) p.set('k', [...f.kinds].sort().join(','));
	if (f?.actors.length) p.set('a', [...f.actors].sort().join(','));
	if (f?.statuses.length) p.set('s', [...f.statuses].sort().join(','));
	if (view.list) p.set('v', 'list');
	return p;
}

/** `URLSearchParams#toString` escapes `,` and `:`; they are safe in a query and read better bare. */
export function queryString(p: URLSearchParams): string {
	const s = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
	return s ? `?${s}` : '';
}

function fixed(v: number, digits: number): string {
	return String(Number(v.toFixed(digits)));
}

function wrapLon(lon: number): number {
	return lon >= -180 && lon <= 180 ? lon : ((((lon + 180) % 360) + 360) % 360) - 180;
}
