/**
 * What a kind of event is: everything the app knows about meetings, calls, strikes… is in one
 * module per kind (`src/lib/kinds/<kind>.ts`, its SVG mark beside it), as a `Kind`. The model,
 * validation, both renderers, the key, the panel, the place page, the list, search, the
 * GeoJSON download and the synthetic stories loop over the registry (./index.ts) and never
 * name a kind. Every member here is required unless marked optional, so the compiler
 * rejects a kind that misses a part.
 */
import type { z } from 'zod';
import type { Figure, Source, Status } from '../story/fields';
import type { LonLat, Point } from '../geo/mercator';

/** A reference to check: its JSON path below the event, and what it names. */
export interface Refs {
	places: Array<{ path: PropertyKey[]; id: string | undefined }>;
	actors: Array<{ path: PropertyKey[]; ids: readonly (string | undefined)[] }>;
	figures: Array<{ path: PropertyKey[]; figure: Figure }>;
}

/**
 * One line of the panel's and the place page's description: "Forces: North Korean troops".
 * Actors are given by id, and named by the page ("Mediated by: United Arab Emirates").
 */
export interface Detail {
	term: string;
	text?: string;
	actors?: string[];
}

/** How an event sits on the map, as place ids (the generic builder makes the geometry). */
export interface Shape {
	/** A line from `from` to `to` along the great circle. */
	line?: readonly [string, string];
	/** A symbol at this place. */
	at?: string;
	/** A short arrow into this place: an arrival whose origin no report states. */
	arrival?: string;
	/** The symbol's size in its own terms (a meeting's participants). */
	size?: number;
	/** Words beside the symbol (a deployment's stated count). */
	label?: string;
	/** Within a layer, lower draws first (a big meeting under the small ones on top of it). */
	order?: number;
}

/** A stroke: its dash pattern (SVG syntax) and the ends of its dashes. */
export interface Stroke {
	dash: string | undefined;
	cap: 'round' | 'butt';
}

/**
 * An event's mark in geographic coordinates, built once per story: the same object feeds the
 * SVG component, the canvas renderer and (with a fixed projection) the key's glyph.
 */
export interface KindMark {
	id: string;
	kind: string;
	/** The event, typed by its kind's module. */
	event: { id: string; kind: string; status: string };
	layer: number;
	/** The great circle of its line (longitudes unwrapped), or null. */
	route: LonLat[] | null;
	/** Sideways bend as a fraction of the chord; lines sharing two ends fan out. */
	bend: number;
	/** Where its symbol sits, or where its arrival stub points. */
	at: LonLat | null;
	/** The place id of `at`. */
	place: string | undefined;
	/** True for an arrival stub into `at`. */
	stub: boolean;
	size: number;
	label: string;
	/** Several symbols (or arrivals) at one place sit around it: this one's slot of `of`. */
	slot: number;
	of: number;
}

/** The page's canvas, or an offscreen one in a worker: the same drawing calls. */
export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The page's colours (its CSS custom properties), read once: a worker has no styles. */
export interface Paint {
	paper: string;
	focus: string;
	font: string;
	/** Behind text, as the SVG's `--halo`. */
	halo: string;
	/** A stated count beside a symbol. */
	count: string;
}

/** What the canvas renderer hands a kind's drawing code about one mark. */
export interface SymbolItem {
	colour: string;
	happened: boolean;
	size: number;
	label: string;
}

/** A symbol's pixel size at a screen scale: radius or box, and how far slots sit from the place. */
export interface SymbolSize {
	r: number;
	w: number;
	h: number;
	off: number;
}

/** A kind's line on the map: the SVG component and the canvas draw it from these numbers. */
export interface LineStyle {
	/** Stroke width, px at scale 1. */
	width: number;
	/** An arrowhead for what moves, a dot at each end for what does not (a call). */
	ends: 'arrow' | 'dots';
	/** The arrowhead's size, px, for a stroke of `width` px at `scale`. */
	head(width: number, scale: number): number;
	/** Pixels cut off the line's end so its arrowhead meets the symbol's edge. */
	trim(size: SymbolSize, scale: number): number;
}

/** A kind's symbol as drawn on the canvas: the SVG component draws the same picture. */
export interface CanvasSymbol {
	size(it: SymbolItem, scale: number): SymbolSize;
	/** Draws it centred on `c`, with `alpha` the look's opacity. */
	draw(ctx: Ctx2D, it: SymbolItem, alpha: number, c: Point, size: SymbolSize, paint: Paint, scale: number): void;
	/** The path the selection's ring strokes. */
	ring(ctx: Ctx2D, c: Point, size: SymbolSize): void;
	/** How far (x, y) is from the symbol when it is on it, else Infinity. */
	hit(x: number, y: number, c: Point, size: SymbolSize): number;
}

export interface MarkDef<E> {
	/** Drawing order: lines under symbols; a higher layer wins a hit test. */
	layer: number;
	/** The SVG group the marks of this layer sit in. */
	layerName: string;
	/** Classes on a mark's SVG group (the tests and the page's CSS use them). */
	classes: string;
	shape(e: E): Shape;
	/** Its line, when it has one. */
	line?: LineStyle;
	/** Its symbol, when it has one. */
	symbol?: CanvasSymbol;
	/** Slots are shared by the symbols of one group at one place. */
	slotGroup?: string;
	/** The key's glyph: the mark drawn in a 44 × 20 px box, coordinates in pixels. */
	glyph: { line?: readonly [LonLat, LonLat]; at?: LonLat; size?: number; label?: string };
}

/** The fields every synthetic event has; its kind adds its own. */
export interface SyntheticBase {
	id: string;
	title: string;
	summary: string;
	status: Status;
	date: string;
	actors: string[];
	sources: Source[];
}

/** What the synthetic story generator hands a kind (seeded: the same seed gives the same story). */
export interface SyntheticContext {
	random: () => number;
	pick: <T>(xs: readonly T[]) => T;
	/** Two different place ids. */
	from: string;
	to: string;
	actorIds: (n: number) => string[];
	/** One actor id, drawn from all the story's actors. */
	actor: () => string;
	sources: () => { report: string; quote: string }[];
}

/**
 * A kind as the app shows it, typed by its schema. What only the story format needs (the
 * schema itself, validation, GeoJSON, synthetic events, the drafting tool's rules) is its
 * `KindFormat`, in `<kind>.format.ts`: zod and those rules stay out of the browser's code.
 */
export interface Kind<E = unknown, I = E> {
	/** Its name, the `kind` literal of its schema. */
	kind: string;
	/** "Meeting", in the panel, the list and search. */
	label: string;
	/** The filter group it counts in (visits and travel are one). */
	group: { id: string; label: string; order: number };
	/** Its row in the key; null when it shares another kind's row. */
	legend: { label: string; order: number } | null;
	colour: string;
	/** Its line's dashes by status (not yet happened: dashed). */
	stroke(status: string): Stroke;
	/** The place ids it touches, origin first. Reads drafts too, so takes the file's shape. */
	places(e: I): string[];
	/** Who the panel lists under "Who". */
	people(e: E): string[];
	/** Everyone it involves besides `actors`, for the filters. */
	involved(e: E): string[];
	/** Its stated figures, in the order the panel lists them. */
	figures(e: E): Figure[];
	/** The panel's and the place page's lines about it. */
	details(e: E): Detail[];
	/** Spoken before its title in a mark's accessible name: the visible label first (WCAG 2.5.3). */
	spoken?(e: E): string;
	/**
	 * The figure the mark's label shows (a deployment's count), so the overlay can write it in
	 * the interface's language ("plus de 12 000") where the label and `spoken` have the report's words.
	 */
	labelFigure?(e: E): Figure | undefined;
	mark: MarkDef<E>;
}

/** The kind in the story format: server, scripts and validation only. */
export interface KindFormat<S extends z.ZodObject = z.ZodObject> {
	/** Its schema fragment: the shared event fields and its own, `kind` a literal. */
	schema: S;
	/** The ids it names, for validation. */
	refs(e: z.infer<S>): Refs;
	/** Further rules of its own; each fault has a path below the event. */
	check?(e: z.infer<S>): Array<{ path: PropertyKey[]; message: string }>;
	/** Its own properties in the GeoJSON download. */
	geojson?(e: z.infer<S>, actorName: (id: string) => string): Record<string, unknown>;
	/** Synthetic events for the benchmarks: how common it is, and one made from the seeded context. */
	synthetic: { weight: number; make(base: SyntheticBase, ctx: SyntheticContext): z.input<S> };
}

export function defineFormat<S extends z.ZodObject>(f: KindFormat<S>): KindFormat<S> {
	return f;
}

/** Declares a kind; the type checks every part against its schema. */
export function defineKind<S extends z.ZodObject>(k: Kind<z.infer<S>, z.input<S>> & { kind: z.infer<S>['kind'] }): Kind<z.infer<S>, z.input<S>> & { kind: z.infer<S>['kind'] } {
	return k;
}
