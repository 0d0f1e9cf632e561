/**
 * The schema's shared fields: ids, days, sources, stated figures and what every event has.
 * The story (./schema) and every kind of event (src/lib/kinds/) are built from these.
 */
import { z } from 'zod';
import { STATUSES } from './vocabulary';

export const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens')
	.max(80);
export const id = z
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
export const text = (max: number) => z.string().trim().min(1).max(max);

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

/** What every event has, whatever its kind. */
export const eventBase = {
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
	commentators: z.array(id).default([]).describe('actor ids who only comment on or report the event; not parties to it'),
	sources: z.array(source).min(1)
};

export type Source = z.infer<typeof source>;
export type Status = z.infer<typeof status>;
export type Figure = z.infer<typeof figure>;
