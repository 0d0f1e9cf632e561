/**
 * The story file format, version 1.
 *
 * This module is the single source of both the TypeScript types (inferred below) and the
 * published JSON Schema (`geo/schema/story.v1.schema.json`, written by `npm run schema` and
 * checked against this module by a unit test), so editors' validation and the app's types
 * cannot drift apart.
 *
 * Structural rules live here; rules that need the whole story or the report texts (ids that
 * resolve, quotes found verbatim, dates inside windows) live in `validate.ts`.
 */
import { z } from 'zod';
import { eventSchema } from '../kinds/formats';
import { figure, id, isoDay, lonLat, slug, source, status, text } from './fields';

export { figure, isoDay, lonLat, source, status };
export type { EventInput, StoryEvent } from '../kinds/formats';
export type { EventKind } from '../kinds';
export { EVENT_KINDS } from '../kinds';

export const STORY_SCHEMA_VERSION = 1;

export const place = z
	.object({
		id,
		name: text(120),
		coordinates: lonLat,
		country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code'),
		type: z.enum(['city', 'building', 'region', 'country', 'organisation-seat']).default('city'),
		within: id.optional().describe('the place id this one sits inside, e.g. a palace in a city'),
		geonameid: z.number().int().positive().optional(),
		note: text(400).optional(),
		sources: z.array(source).default([]).describe('sentences that name the place')
	})
	.strict();

export const actor = z
	.object({
		id,
		name: text(120),
		type: z.enum(['person', 'state', 'organisation', 'group']),
		role: text(200).optional(),
		country: z.string().regex(/^[A-Z]{2}$/).optional(),
		memberOf: z.array(id).default([]).describe('actor ids: a minister belongs to a state')
	})
	.strict();

/** One event of any kind: the union of the kinds' schemas in src/lib/kinds/. */
export const event = eventSchema;

export const scene = z
	.object({
		id,
		title: text(120),
		narrative: text(600),
		camera: z
			.object({
				center: lonLat.optional(),
				zoom: z.number().min(0).max(22).optional(),
				bearing: z.number().min(-360).max(360).optional(),
				fit: z.array(id).optional().describe('place ids to fit in view instead of centre/zoom')
			})
			.strict(),
		window: z.object({ start: isoDay, end: isoDay }).strict().optional(),
		highlight: z.array(id).default([]).describe('event ids'),
		notes: text(2000).optional().describe('speaker notes')
	})
	.strict();

/** A colour as #rrggbb. */
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** WCAG contrast ratio of a colour against white, the light page the accent is used on. */
export function contrastOnWhite(hex: string): number {
	return 1.05 / (luminance(hex) + 0.05);
}

/**
 * A newsroom's look for one story: its accent colour (links, the selected mark's ring, the
 * timeline's cursor) on the light page. Links are text, so the colour must read on white
 * (4.5:1, WCAG AA); the dark page keeps the site's own light accent.
 */
export const theme = z
	.object({
		accent: hexColour.refine((c) => contrastOnWhite(c) >= 4.5, 'too light to read on white: needs a contrast of 4.5:1').optional()
	})
	.strict();

export const story = z
	.object({
		$schema: z.string().optional(),
		version: z.literal(STORY_SCHEMA_VERSION),
		slug,
		title: text(160),
		subtitle: text(400).optional(),
		byline: text(200).optional().describe('who made the story, as the reader sees it: "By Ana Ferreira, maps desk"'),
		sourceLine: text(300)
			.optional()
			.describe('the credit line under the map: "Sources: Reuters, AP. Map: Natural Earth."'),
		notes: text(2000).optional().describe('notes for readers: how the map was made, corrections, caveats'),
		theme: theme.optional(),
		language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/).default('en'),
		updated: isoDay,
		camera: z
			.object({
				center: lonLat,
				zoom: z.number().min(0).max(22),
				fit: z
					.array(id)
					.min(1)
					.optional()
					.describe('place ids the first view frames (the story\'s own focus); left out, the first view frames the places its events touch, less far ones')
			})
			.strict(),
		reports: z.array(z.string().regex(/^[\w.-]+\.txt$/)).min(1).describe('report files this story cites'),
		places: z.array(place).min(1),
		actors: z.array(actor).min(1),
		events: z.array(event).min(1),
		scenes: z.array(scene).default([])
	})
	.strict();

/** geo/reports/index.json: when each report was published, and how we know. */
export const reportMeta = z
	.object({
		file: z.string().regex(/^[\w.-]+\.txt$/),
		title: text(300),
		publisher: text(120).optional(),
		/** Where the outlet's name comes from; for a report that names none, that it names none (and `publisher` is left out). */
		publisherBasis: text(400).optional().describe('how the outlet is known, or that the report names none (publisher then left out)'),
		date: isoDay,
		dateInferred: z.boolean(),
		dateBasis: text(600).describe('the sentence that states the date, or how it was inferred')
	})
	.strict();
export const reportIndex = z
	.object({ $schema: z.string().optional(), version: z.literal(1), reports: z.array(reportMeta).min(1) })
	.strict();

export type Source = z.infer<typeof source>;
export type Status = z.infer<typeof status>;
export type Figure = z.infer<typeof figure>;
export type Place = z.infer<typeof place>;
export type Actor = z.infer<typeof actor>;
export type Scene = z.infer<typeof scene>;
export type Theme = z.infer<typeof theme>;
export type Story = z.infer<typeof story>;
/** A story file as written, before defaults are filled in. */
export type StoryInput = z.input<typeof story>;
export type ReportMeta = z.infer<typeof reportMeta>;
export type ReportIndex = z.infer<typeof reportIndex>;
