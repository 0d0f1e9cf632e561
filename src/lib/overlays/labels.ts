/**
 * Label placement without reading layout: widths are estimated from the characters (see
 * `textWidth`), so placing labels never forces the browser to lay out the page inside the
 * frame loop. One rule for every label on the map (a place's name, a far place's name at its
 * edge marker, a symbol's stated count, a country's name), on the live map and on the
 * prerendered poster alike: they differ only in the part of the picture that shows (`view`).
 *
 * The rule, greedy by priority (the far places' edge markers, the symbols' counts, the
 * selected place, then the story's cities with events, most first, then country-level points,
 * then places with no events: `labelPriority`; the basemap's country names after every place):
 * 1. Each label tries eight spots around its anchor, in this order: right, left, above,
 *    below, then the four diagonals (the cartographers' order, Imhof's: right of a point first);
 *    when all eight are taken (a city inside its own meeting circles), the same eight a
 *    little further out, up to twice. A count tries right, left, below, above its symbol, then
 *    its corners (`COUNT_SPOTS`), and as far out.
 * 2. A spot is refused when its box leaves the part of the map that shows (a label is never
 *    cut at the edge; a poster's frame is larger than the map box, which shows its middle) or
 *    touches anything already there: labels placed before it, and the `taken` boxes, which
 *    are every event symbol, every place dot and every edge marker (a label never runs into a
 *    marker, its own or another's).
 * 3. With no free spot, a label tries its short form: a name without its qualifier
 *    ("Washington, D.C." → "Washington", "Turkey (Türkiye)" → "Turkey"), a count in signs and
 *    digits ("more than 12,000" → "> 12,000"). A label still without one is left out: a
 *    place's dot and marks still say where it is, and a count is in its mark's name and panel
 *    (a phone's Kursk, with five units side by side, has room for one count at most).
 * The widths are the text's own, in the interface language: a French or Arabic name is
 * measured as written, so "Bruxelles" gets the room "Brussels" would not need.
 * The browser test tests/e2e/labels.test.ts counts, on the drawn page, labels cut by the map's
 * edge and labels over a marker or another label on the flagship story's views: 0 each.
 */
import type { Point } from '$lib/geo/mercator';
import { textWidth, type CountryLabel } from '$lib/geo/labels';

export type { CountryLabel };

/** Where a label sits from its anchor. */
export type Spot = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'above-left' | 'below-right' | 'below-left';
const ALL_SPOTS: readonly Spot[] = ['right', 'left', 'above', 'below', 'above-right', 'above-left', 'below-right', 'below-left'];

export interface LabelCandidate {
	id: string;
	text: string;
	at: Point;
	size: number;
	priority: number;
	/** Gap between the anchor and the text, in pixels (the dot's radius plus a little). */
	gap: number;
	/** The gap above and below, where it differs (a count beside a box wider than tall). */
	gapY?: number;
	/** Letter spacing, em (country names are spaced out). */
	spacing?: number;
	/** The text's width where `textWidth`'s semi-bold estimate is not it (a bold count). */
	width?: number;
	/** The spots to try, in order (default: all eight, right first). */
	spots?: readonly Spot[];
	/** Its short form, tried where the whole text finds no room (default: `shortName`'s). */
	short?: string;
	/** Boxes this label keeps clear of besides the shared ones (a count: the symbols a scene dims, which names may cross). */
	avoid?: readonly Box[];
}

export interface PlacedLabel extends LabelCandidate {
	x: number;
	y: number;
	anchor: 'start' | 'end' | 'middle';
	/** What it covers, px: [left, top, right, bottom]. */
	box: Box;
}

type Box = [number, number, number, number];

// The width estimate is geometry (geo/labels.ts): the kinds place their counts by it too.
export { textWidth };

export type { Box };

/** Events at each place, counting those at the buildings inside it (the Riyadh talks at Diriyah Palace are Riyadh's). */
export function placeImportance(places: ReadonlyArray<{ id: string; weight: number; within?: string }>): Map<string, number> {
	const out = new Map<string, number>();
	for (const p of places) {
		out.set(p.id, (out.get(p.id) ?? 0) + p.weight);
		if (p.within) out.set(p.within, (out.get(p.within) ?? 0) + p.weight);
	}
	return out;
}

/**
 * Which place labels go first where not all fit (`placeLabels` is greedy): the selected
 * place; then the story's cities, regions and seats with events, most events first; then
 * country-level points (a report that names only "Russia": the basemap names the country
 * anyway, and does where the point's label finds no room); then places without events. So
 * a crowded phone view names Kyiv and Paris before "Russia" and "Ukraine".
 */
export function labelPriority(events: number, country: boolean, selected: boolean): number {
	const tier = selected ? 3 : events === 0 ? 0 : country ? 1 : 2;
	return 100 + tier * 1000 + events;
}

/**
 * A symbol's count comes after the names of the story's cities (key cities keep theirs) and
 * before country-level points and places without events. The edge markers' names come first:
 * each has only the spots around its arrow.
 */
export const COUNT_PRIORITY = 2050; // labelPriority: country-level points 1100 + events, cities 2100 + events
export const EDGE_PRIORITY = 1e6;
/** A count beside its symbol: right as read, else left, below, above, then at a corner. */
export const COUNT_SPOTS: readonly Spot[] = ['right', 'left', 'below', 'above', 'below-right', 'above-right', 'below-left', 'above-left'];

/** A place's dot as something labels keep clear of: its 4 px disc and a pixel's slack, at the scale. */
export function dotBox([x, y]: Point, scale: number): Box {
	return [x - 5 * scale, y - 5 * scale, x + 5 * scale, y + 5 * scale];
}

/** An edge marker's arrow as something labels keep clear of. */
export function arrowBox([x, y]: Point, scale: number): Box {
	return [x - 11 * scale, y - 11 * scale, x + 11 * scale, y + 11 * scale];
}

/**
 * A name's short form, for where the whole one finds no room: without a trailing qualifier
 * after a comma or in brackets ("Washington, D.C.", "Turkey (Türkiye)"). Null: none shorter.
 * Bidi isolates around the name are kept around the short form.
 */
export function shortName(text: string): string | null {
	const m = /^([\u2066-\u2068]?)(.+?)(?:,\s+[^,\u2069]+|\s+\([^()\u2069]+\))([\u2069]?)$/u.exec(text);
	return m && m[2]!.trim().length >= 2 ? `${m[1]}${m[2]!.trim()}${m[3]}` : null;
}

/**
 * Places labels by the rule above in `view` ([left, top, right, bottom] of the part of the
 * picture that shows, px), keeping clear of the `taken` boxes. Returns the placed ones, most
 * important first; their boxes are what later labels must keep clear of.
 *
 * `inward`: the part that shows is not known, only that it is centred here (a poster in the
 * server's HTML, larger than any map box, which shows its middle): each label tries the sides
 * towards this centre first (`inwardOrder`), and `view` is the whole picture. A label so placed
 * is whole wherever its anchor shows; `cutCss` hides any other the box would cut.
 */
export function placeLabels(candidates: readonly LabelCandidate[], view: Box, taken: readonly Box[] = [], inward: Point | null = null): PlacedLabel[] {
	const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
	const placed: PlacedLabel[] = [];
	const boxes = [...taken];
	const [vx0, vy0, vx1, vy1] = view;
	const inside = (b: Box) => b[0] >= vx0 + 1 && b[1] >= vy0 + 1 && b[2] <= vx1 - 1 && b[3] <= vy1 - 1;
	for (const c of sorted) {
		const [x, y] = c.at;
		if (!Number.isFinite(x) || !Number.isFinite(y) || x < vx0 - 50 || y < vy0 - 20 || x > vx1 + 50 || y > vy1 + 20) continue;
		// The whole text first; where it finds no room, its short form; where neither does, none.
		const short = c.short ?? shortName(c.text);
		const texts = short && short !== c.text ? [c.text, short] : [c.text];
		let spot: SpotAt | undefined;
		let text = c.text;
		for (const t of texts) {
			spot = spotsOf(c, t, inward).find(([, , , box]) => inside(box) && !boxes.some((b) => overlaps(b, box)) && !c.avoid?.some((b) => overlaps(b, box)));
			text = t;
			if (spot) break;
		}
		if (!spot) continue;
		const [lx, ly, anchor, box] = spot;
		boxes.push(box);
		placed.push({ ...c, text, x: lx, y: ly, anchor, box });
	}
	return placed;
}

type SpotAt = [number, number, PlacedLabel['anchor'], Box];

/**
 * The spots in the order a label tries them where the part of the picture that shows is not
 * known, only its centre (a poster in the server's HTML: see `placeLabels`'s `inward`): the
 * sides towards the centre first, so that a label whose anchor shows is seen whole, whatever
 * the box's size.
 */
export function inwardOrder(at: Point, centre: Point, allowed: readonly Spot[] = ALL_SPOTS): Spot[] {
	const h1 = at[0] > centre[0] ? 'left' : 'right', h2 = h1 === 'left' ? 'right' : 'left';
	const v1 = at[1] > centre[1] ? 'above' : 'below', v2 = v1 === 'above' ? 'below' : 'above';
	const order: Spot[] = [h1, v1, v2, `${v1}-${h1}`, `${v2}-${h1}`, h2, `${v1}-${h2}`, `${v2}-${h2}`];
	return order.filter((s) => allowed.includes(s));
}

/** Every spot a label may take, in order of preference: its spots at its gap, then twice further out. */
function spotsOf(c: LabelCandidate, text: string, inward: Point | null): SpotAt[] {
	const [x, y] = c.at;
	// A given width is the whole text's; a short form's is in proportion.
	const w = c.width !== undefined ? (c.width * textWidth(text, c.size, c.spacing)) / (textWidth(c.text, c.size, c.spacing) || 1) : textWidth(text, c.size, c.spacing);
	const h = lineHeight(text, c.size);
	const order = inward ? inwardOrder(c.at, inward, c.spots) : (c.spots ?? ALL_SPOTS);
	// The spots at distance g (gy above and below) from the anchor (a diagonal's near corner g away).
	const at = (g: number, gy: number): SpotAt[] =>
		order.map((s): SpotAt => {
			switch (s) {
				case 'right':
					return [x + g, y + c.size * 0.35, 'start', [x + g, y - h / 2, x + g + w, y + h / 2]];
				case 'left':
					return [x - g, y + c.size * 0.35, 'end', [x - g - w, y - h / 2, x - g, y + h / 2]];
				case 'above':
					return [x, y - gy - c.size * 0.25, 'middle', [x - w / 2, y - gy - h, x + w / 2, y - gy]];
				case 'below':
					return [x, y + gy + c.size * 0.95, 'middle', [x - w / 2, y + gy, x + w / 2, y + gy + h]];
				default: {
					const right = s.endsWith('right'), up = s.startsWith('above');
					const x0 = right ? x + g : x - g - w, y0 = up ? y - gy - h : y + gy;
					return [right ? x0 : x0 + w, y0 + h / 2 + c.size * 0.35, right ? 'start' : 'end', [x0, y0, x0 + w, y0 + h]];
				}
			}
		});
	const gy = c.gapY ?? c.gap;
	// A place's own symbols (a meeting drawn around the city) can close every spot at the
	// first gap: the ring is tried again a little further out, twice, before giving up.
	if (c.gap <= 0 && gy <= 0) return at(0, 0);
	return [0, 0.9, 1.8].flatMap((k) => at(c.gap + c.size * k, gy + c.size * k));
}

/**
 * A label's height, px: a Latin, Greek or Cyrillic line is 1.15 em (DejaVu Sans's ascent and
 * descent); other scripts are drawn from fallback fonts with taller lines (an Arabic country
 * name measured 1.2 em, set lower), so they get room to spare above and below.
 */
function lineHeight(text: string, size: number): number {
	return size * (/[^\u0000-\u052f\u1e00-\u1fff\u2000-\u206f\u20a0-\u20cf]/u.test(text) ? 1.6 : 1.15);
}

function overlaps(a: Box, b: Box): boolean {
	return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/**
 * A CSS transform that moves a label placed with an unknown view (`inward`) out of sight when
 * its box would be cut by the map box that shows the picture's middle (a size container: the
 * same `cq` units EdgeMarkers uses): by 1000 × how far it would stick out, 0 while it fits.
 * `centre`: the picture's centre, which is the map box's.
 */
export function cutCss(box: Box, centre: Point): string {
	const ex = Math.max(centre[0] - box[0], box[2] - centre[0]), ey = Math.max(centre[1] - box[1], box[3] - centre[1]);
	return `translateX(calc(max(0px, ${(ex + 1).toFixed(1)}px - 50cqw, ${(ey + 1).toFixed(1)}px - 50cqh) * 1000))`;
}

/** A place to name, as `placeMapLabels` takes it: projected, with its name in the page's language. */
export interface NamedPlace {
	id: string;
	name: string;
	at: Point;
	/** `labelPriority`'s. */
	priority: number;
	/** The country it stands for, where it is a country-level point. */
	country?: string;
}

/**
 * Every label on the map in one pass of the rule above, most important first: the far places'
 * names at their edge markers, the selected place, the story's cities, the symbols' counts,
 * country-level points, places without events; then the basemap's country names, in what is
 * left (not a country the story's own point already names). `taken`: every symbol, dot and
 * edge arrow. Returns the placed labels by kind, and every box they cover.
 */
export function placeMapLabels(o: {
	places: readonly NamedPlace[];
	counts: readonly LabelCandidate[];
	edges: ReadonlyArray<{ id: string; name: string; at: Point }>;
	/** The basemap's country names, with their ISO code. */
	countries: ReadonlyArray<LabelCandidate & { country: string }>;
	taken: readonly Box[];
	view: Box;
	inward: Point | null;
	scale: number;
}): { places: PlacedLabel[]; counts: Map<string, PlacedLabel>; countries: PlacedLabel[] } {
	const size = 13 * o.scale;
	const candidates: LabelCandidate[] = o.places.map((p) => ({ id: p.id, text: p.name, at: p.at, size, priority: p.priority, gap: 6 * o.scale }));
	for (const e of o.edges) candidates.push({ id: `edge:${e.id}`, text: e.name, at: e.at, size: 12 * o.scale, priority: EDGE_PRIORITY, gap: 12 * o.scale });
	const countIds = new Set(o.counts.map((c) => c.id));
	const placed = placeLabels([...candidates, ...o.counts.map((c) => ({ ...c, id: `count:${c.id}` }))], o.view, o.taken, o.inward);
	const places: PlacedLabel[] = [];
	const counts = new Map<string, PlacedLabel>();
	for (const l of placed) {
		if (l.id.startsWith('count:') && countIds.has(l.id.slice(6))) counts.set(l.id.slice(6), { ...l, id: l.id.slice(6) });
		else places.push(l);
	}
	// Countries the story names as places and whose point got its label: the basemap's label
	// would say it twice. Where the point's label found no room, the basemap names the country.
	const countryOf = new Map(o.places.flatMap((p) => (p.country ? [[p.id, p.country] as const] : [])));
	const named = new Set(places.flatMap((l) => (countryOf.has(l.id) ? [countryOf.get(l.id)!] : [])));
	const countries = placeLabels(
		o.countries.filter((c) => !named.has(c.country)),
		o.view,
		[...o.taken, ...placed.map((l) => l.box)],
		o.inward
	);
	return { places, counts, countries };
}
