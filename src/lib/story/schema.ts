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
import { STATUSES } from './vocabulary';

export const STORY_SCHEMA_VERSION = 1;

const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens')
	.max(80);
const id = z
	.string()
	.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'lower-case letters, digits, - and _')
	.max(80);
/** A calendar day, YYYY-MM-DD, checked to be a real date (no 2025-02-30). */
export const isoDay = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO day, YYYY-MM-DD')
	.refine((s) => {
		const d = new Date(`${s}T00:00:00Z`);
		return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
	}, 'not a real calendar day');
const text = (max: number) => z.string().trim().min(1).max(max);

/** [longitude, latitude] in degrees, RFC 7946 order. */
export const lonLat = z.tuple([
	z.number().min(-180).max(180).describe('longitude, degrees east'),
	z.number().min(-85).max(85).describe('latitude, degrees north (Web Mercator limits)')
]);

export const source = z
	.object({
		report: z.string().regex(/^[\w.-]+\.txt$/, 'a report file name in geo/reports'),
		quote: text(2000).describe('a verbatim substring of the report text')
	})
	.strict();

export const status = z.enum(STATUSES);

/** A stated number, with who states it: "more than 12,000, per US and South Korean assessments". */
export const figure = z
	.object({
		text: text(200).describe('the figure as the report words it, e.g. "more than 12,000"'),
		value: z.number().nonnegative().optional().describe('the number, when the text gives one'),
		qualifier: z.enum(['exact', 'about', 'more-than', 'fewer-than', 'up-to', 'range']).optional(),
		unit: text(60).optional().describe('troops, US dollars, per cent of imports…'),
		measure: text(80).optional().describe('what is counted: strength, casualties, value…'),
		according: z.array(id).default([]).describe('actor ids who state or assess the figure'),
		asOf: isoDay
			.optional()
			.describe('the day the figure holds; for a figure the reports give by month or year, the last day of that period'),
		sources: z.array(source).min(1)
	})
	.strict();

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

const eventBase = {
	id,
	title: text(160),
	summary: text(1200),
	status,
	/** An ISO day, or a start/end span when the reports only give a week, a month or a year. */
	date: isoDay.optional(),
	start: isoDay.optional(),
	end: isoDay.optional(),
	dateText: text(160).optional().describe('how the reports word the date: "six days ago", "in June 2024"'),
	/** For postponed or rescheduled events: the new date. */
	rescheduledTo: isoDay.optional(),
	actors: z.array(id).min(1),
	commentators: z
		.array(id)
		.default([])
		.describe('actor ids who comment on, assess or report the event without taking part: not parties, so filters do not count them'),
	sources: z.array(source).min(1)
};

export const meeting = z
	.object({
		...eventBase,
		kind: z.literal('meeting'),
		place: id,
		participants: z.array(id).min(1),
		host: id.optional(),
		duration: text(80).optional()
	})
	.strict();

export const call = z
	.object({ ...eventBase, kind: z.literal('call'), from: id, to: id, participants: z.array(id).min(2) })
	.strict();

const movement = {
	...eventBase,
	who: z.array(id).min(1).describe('actor ids who travel'),
	from: id.optional(),
	to: id
};
export const visit = z.object({ ...movement, kind: z.literal('visit') }).strict();
export const travel = z.object({ ...movement, kind: z.literal('travel') }).strict();

export const deployment = z
	.object({
		...eventBase,
		kind: z.literal('deployment'),
		force: text(200).describe('whose forces, in words: "North Korean troops"'),
		by: id.describe('actor id of the state or group that deploys'),
		from: id.optional(),
		to: id.describe('place id where the forces are or go'),
		count: figure.optional(),
		figures: z.array(figure).default([]).describe('further stated numbers: losses, equipment')
	})
	.strict();

export const trade = z
	.object({
		...eventBase,
		kind: z.literal('trade'),
		from: id,
		to: id,
		goods: z.enum(['oil', 'arms', 'money', 'minerals', 'investment', 'sanctions', 'other']),
		what: text(200).describe('what flows, in words: "artillery shells and anti-tank rockets"'),
		amount: figure.optional()
	})
	.strict();

export const event = z.discriminatedUnion('kind', [meeting, call, visit, travel, deployment, trade]);

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

export const story = z
	.object({
		$schema: z.string().optional(),
		version: z.literal(STORY_SCHEMA_VERSION),
		slug,
		title: text(160),
		subtitle: text(400).optional(),
		language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/).default('en'),
		updated: isoDay,
		camera: z.object({ center: lonLat, zoom: z.number().min(0).max(22) }).strict(),
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
export type Meeting = z.infer<typeof meeting>;
export type Call = z.infer<typeof call>;
export type Visit = z.infer<typeof visit>;
export type Travel = z.infer<typeof travel>;
export type Deployment = z.infer<typeof deployment>;
export type Trade = z.infer<typeof trade>;
export type StoryEvent = z.infer<typeof event>;
export type EventKind = StoryEvent['kind'];
export type Scene = z.infer<typeof scene>;
export type Story = z.infer<typeof story>;
/** A story file as written, before defaults are filled in. */
export type StoryInput = z.input<typeof story>;
export type ReportMeta = z.infer<typeof reportMeta>;
export type ReportIndex = z.infer<typeof reportIndex>;

export const EVENT_KINDS: readonly EventKind[] = ['meeting', 'call', 'visit', 'travel', 'deployment', 'trade'];
