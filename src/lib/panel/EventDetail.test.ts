import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { readFileSync } from 'node:fs';
import EventDetail from './EventDetail.svelte';
import { indexStory } from '$lib/story/model';
import { story as storySchema } from '$lib/story/schema';

const HOSTILE = '<img src=x onerror="alert(1)">';

describe('EventDetail', () => {
	it('renders data text as text, never as HTML', () => {
		const raw = JSON.parse(readFileSync('tests/fixtures/stories/minimal.json', 'utf8'));
		raw.events[0].title = HOSTILE;
		raw.events[0].summary = `<script>alert(1)</script> and <a href="javascript:alert(1)">link</a>`;
		raw.places[0].name = `"><svg onload=alert(1)>`;
		const s = storySchema.parse(raw);
		const index = indexStory(s);
		const { body } = render(EventDetail, { props: { event: s.events[0]!, index, reports: new Map() } });
		expect(body).not.toContain('<img');
		expect(body).not.toContain('<script>');
		expect(body).not.toContain('<svg onload');
		expect(body).not.toMatch(/<a [^>]*href="javascript:/);
		expect(body).toContain('&lt;script>');
		expect(body).toContain('&lt;img src=x onerror="alert(1)">');
	});
});

describe('EventDetail on the flagship: the formatter, parties apart from commentators, time', () => {
	const flagship = storySchema.parse(JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8')));
	const index = indexStory(flagship);
	const reports = new Map(
		(JSON.parse(readFileSync('geo/reports/index.json', 'utf8')).reports as import('$lib/story/schema').ReportMeta[]).map((r) => [r.file, r])
	);
	const text = (body: string) =>
		body
			.replace(/<!--[^>]*-->/g, '')
			.replace(/<[^>]+>/g, '')
			.replace(/&nbsp;/g, '\u00a0')
			.replace(/&amp;/g, '&');
	const panel = (id: string, window: { start: string; end: string } | null = null) =>
		render(EventDetail, { props: { event: index.events.get(id)!, index, reports, window } }).body;

	it('spaces a figure from its unit with the formatter, and dates it', () => {
		const t = text(panel('nk-troops-kursk-january-2025'));
		expect(t).toContain('more than 12,000\u00a0troops');
		expect(t).not.toMatch(/12,000troops/);
		expect(t).toMatch(/\(strength in Russia\), according to United States and Dorothy Camille Shea, as of January 2025/);
		expect(t).toContain('thousands\u00a0of troops');
	});

	it('hides a figure outside the chosen dates, and says so', () => {
		const figures = (body: string) => [...body.matchAll(/<li data-testid="figure">(.*?)<\/li>/g)].map((m) => text(m[1]!));
		const body = panel('russia-war-in-ukraine-feb-2025', { start: '2025-02-18', end: '2025-02-18' });
		expect(figures(body)).toEqual(['20%\u00a0of Ukraine’s territory (territory under Russian control), as of 18 February 2025']);
		expect(text(body)).toMatch(/2 more figures hold outside the chosen dates/);
		expect(figures(panel('russia-war-in-ukraine-feb-2025'))).toHaveLength(3);
		// A month's figure holds through its month: January 2025, not October 2024.
		expect(figures(panel('nk-troops-kursk-january-2025', { start: '2024-10-01', end: '2024-10-31' }))).toEqual([]);
		expect(figures(panel('nk-troops-kursk-january-2025', { start: '2025-01-20', end: '2025-01-20' })).length).toBeGreaterThan(1);
	});

	it('never doubles the quotation marks of a dateText or a quote, and shows no editors’ note', () => {
		const body = panel('putin-trump-call-2025-02-12');
		const t = text(body);
		expect(t).toContain('— “only six days ago”; “earlier in February”');
		// No report by its internal number: the citations below name the outlet.
		expect(t).not.toMatch(/\breports? \d{3}\b|\(\d{3}\b/);
		expect(t).not.toMatch(/[“"]\s*[“"]/);
		for (const r of reports.values()) expect(body).not.toContain(r.dateBasis.slice(0, 40));
		// Citations: outlet, title, date and a link to the report.
		expect(t).toMatch(/Daily Maverick, “US agrees to meet again with Russia to discuss end to war”, 18 February 2025 \(date inferred\)/);
		expect(body).toMatch(/href="\/reports\/000_164c015657e03c97\/#q-[a-z0-9]+"/);
	});

	it('lists those who only commented apart from the parties', () => {
		const body = panel('riyadh-talks-2025-02-18');
		const who = /<dt>Who<\/dt>\s*<dd>([^<]*)<\/dd>/.exec(body)?.[1] ?? '';
		expect(who).not.toContain('Scholz');
		expect(text(body)).toMatch(/Commented or reported by.*Olaf Scholz/s);
	});

	it('marks an undated fact as background in a chosen window', () => {
		const undated = flagship.events.find((e) => !e.date && !e.start)!;
		expect(text(panel(undated.id, { start: '2025-02-18', end: '2025-02-18' }))).toMatch(/Background: the reports give no date, so it is shown muted/);
	});
});
