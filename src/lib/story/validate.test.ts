import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseJson, validateStory, formatFault, jsonPath } from './validate';

const reports = new Map([['fixture-report.txt', readFileSync('tests/fixtures/reports/fixture-report.txt', 'utf8')]]);
const text = readFileSync('tests/fixtures/stories/minimal.json', 'utf8');
const fresh = () => JSON.parse(text) as Record<string, any>;
const FILE = 'tests/fixtures/stories/minimal.json';

describe('validateStory', () => {
	it('accepts the minimal fixture', () => {
		const r = validateStory(FILE, fresh(), reports);
		expect(r.faults).toEqual([]);
		expect(r.ok).toBe(true);
	});

	// Each bad fixture names the JSON path of its fault.
	const cases: { name: string; mutate: (s: any) => void; path: string; message: RegExp }[] = [
		{ name: 'latitude out of range', mutate: (s) => (s.places[1].coordinates = [30.5, 95]), path: '$.places[1].coordinates[1]', message: /85/ },
		{ name: 'NaN-like longitude', mutate: (s) => (s.places[0].coordinates = ['east', 48]), path: '$.places[0].coordinates[0]', message: /number/ },
		{ name: 'unknown place reference', mutate: (s) => (s.events[0].place = 'atlantis'), path: '$.events[0].place', message: /unknown place "atlantis"/ },
		{ name: 'unknown actor reference', mutate: (s) => (s.events[1].participants[1] = 'nobody'), path: '$.events[1].participants[1]', message: /unknown actor/ },
		{ name: 'quote not verbatim', mutate: (s) => (s.events[0].sources[0].quote = 'Leaders met in Paris on Tuesday.'), path: '$.events[0].sources[0].quote', message: /not found verbatim/ },
		{ name: 'figure quote not verbatim', mutate: (s) => (s.events[2].count.sources[0].quote = 'Two volunteers'), path: '$.events[2].count.sources[0].quote', message: /verbatim/ },
		{ name: 'report not in the story', mutate: (s) => (s.events[0].sources[0].report = 'other.txt'), path: '$.events[0].sources[0].report', message: /not listed/ },
		{ name: 'duplicate ids', mutate: (s) => (s.events[1].id = 'paris-meeting'), path: '$.events[1].id', message: /duplicate/ },
		{ name: 'impossible date', mutate: (s) => (s.events[0].date = '2025-02-30'), path: '$.events[0].date', message: /real calendar day/ },
		{ name: 'span without end', mutate: (s) => { delete s.events[2].date; s.events[2].start = '2024-10-01'; }, path: '$.events[2].end', message: /both start and end/ },
		{ name: 'date and span', mutate: (s) => { s.events[0].start = '2025-02-01'; s.events[0].end = '2025-02-28'; }, path: '$.events[0].date', message: /either/ },
		{ name: 'unknown kind', mutate: (s) => (s.events[0].kind = 'party'), path: '$.events[0].kind', message: /./ },
		{ name: 'missing sources', mutate: (s) => delete s.events[1].sources, path: '$.events[1].sources', message: /./ },
		{ name: 'unknown field', mutate: (s) => (s.events[0].colour = 'red'), path: '$.events[0]', message: /colour/ },
		{ name: 'rescheduled but not postponed', mutate: (s) => (s.events[0].rescheduledTo = '2025-03-10'), path: '$.events[0].rescheduledTo', message: /postponed/ },
		{ name: 'summary citing a report by number', mutate: (s) => (s.events[0].summary += ' (report 000)'), path: '$.events[0].summary', message: /internal number \("report 000"\)/ },
		{ name: 'date wording keyed by report numbers', mutate: (s) => (s.events[0].dateText = '“on Monday” (000, 004); “yesterday” (002)'), path: '$.events[0].dateText', message: /internal number/ },
		{ name: 'place note naming a report', mutate: (s) => (s.places[0].note = 'Reports 001 and 003 spell it differently.'), path: '$.places[0].note', message: /internal number/ },
		{ name: 'scene narrative citing a report', mutate: (s) => (s.scenes[0].narrative = 'Leaders met (001, dated Monday).'), path: '$.scenes[0].narrative', message: /internal number/ },
		{ name: 'first view framing an unknown place', mutate: (s) => (s.camera.fit = ['atlantis']), path: '$.camera.fit[0]', message: /unknown place "atlantis"/ },
		{ name: 'first view framing nothing', mutate: (s) => (s.camera.fit = []), path: '$.camera.fit', message: /./ },
		{ name: 'scene highlights an unknown event', mutate: (s) => (s.scenes[0].highlight = ['nope']), path: '$.scenes[0].highlight[0]', message: /unknown event/ },
		{ name: 'wrong type for title', mutate: (s) => (s.title = 42), path: '$.title', message: /string/ },
		{ name: 'unknown commentator', mutate: (s) => (s.events[0].commentators = ['nobody']), path: '$.events[0].commentators[0]', message: /unknown actor "nobody"/ },
		{ name: 'commentator also a party', mutate: (s) => (s.events[0].commentators = ['ukraine', 'france']), path: '$.events[0].commentators[1]', message: /both as a party/ },
		{ name: 'figure as-of not a real day', mutate: (s) => (s.events[2].count.asOf = '2025-02-29'), path: '$.events[2].count.asOf', message: /real calendar day/ },
		{ name: 'dated figure on an undated event', mutate: (s) => (s.events[2].count.asOf = '2025-01-31'), path: '$.events[2].count.asOf', message: /undated event/ },
		{ name: 'figure dated after its event', mutate: (s) => { s.events[2].start = '2024-10-01'; s.events[2].end = '2024-10-31'; s.events[2].count.asOf = '2025-01-31'; }, path: '$.events[2].count.asOf', message: /outside its event \(2024-10-01 to 2024-10-31\)/ },
		{ name: 'huge string', mutate: (s) => (s.events[0].summary = 'x'.repeat(100_000)), path: '$.events[0].summary', message: /./ }
	];
	for (const c of cases) {
		it(`names the path of: ${c.name}`, () => {
			const s = fresh();
			c.mutate(s);
			const before = JSON.stringify(s);
			const r = validateStory(FILE, s, reports);
			expect(r.ok).toBe(false);
			const fault = r.faults.find((f) => f.path === c.path);
			expect(fault, `faults were: ${r.faults.map(formatFault).join('\n')}`).toBeDefined();
			expect(fault!.message).toMatch(c.message);
			expect(fault!.file).toBe(FILE);
			expect(JSON.stringify(s)).toBe(before); // input not mutated
		});
	}

	it('accepts commentators apart from parties, and a figure dated inside its event', () => {
		const s = fresh();
		s.events[0].commentators = ['zelensky'];
		s.events[2].date = '2025-02-17';
		s.events[2].count.asOf = '2025-02-17';
		const r = validateStory(FILE, s, reports);
		expect(r.faults).toEqual([]);
		if (r.ok) expect(r.story.events[1]!.commentators).toEqual([]);
	});

	it('accepts years, counts and outlets in reader text, and a first view naming its places', () => {
		const s = fresh();
		s.events[0].summary += ' NATO promised it in 2008 (Bucharest); 120 officers (about 3,000 troops) went, AFP reports.';
		s.events[0].dateText = '“on Monday”; “yesterday”';
		s.camera.fit = [s.places[0].id, s.places[1].id];
		const r = validateStory(FILE, s, reports);
		expect(r.faults).toEqual([]);
		if (r.ok) expect(r.story.camera.fit).toEqual([s.places[0].id, s.places[1].id]);
	});

	it('the flagship stories cite no report by its internal number where readers see it', () => {
		for (const f of ['geo/stories/riyadh-talks-2025.json', 'geo/stories/europe-spring-2025.json']) {
			const body = readFileSync(f, 'utf8');
			const story = JSON.parse(body);
			const seen = [
				...story.events.flatMap((e: any) => [e.summary, e.dateText]),
				...story.places.map((p: any) => p.note),
				...story.scenes.map((sc: any) => sc.narrative)
			].filter(Boolean);
			expect(seen.filter((t: string) => /\breports? \d{3}\b|\(\d{3}\b/i.test(t))).toEqual([]);
		}
	});

	it('keeps hostile text as data', () => {
		const s = fresh();
		s.events[0].title = '<img src=x onerror=alert(1)>';
		s.places[0].name = 'javascript:alert(1)';
		const r = validateStory(FILE, s, reports);
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.story.events[0]!.title).toBe('<img src=x onerror=alert(1)>');
	});

	it('never throws on values that are not stories', () => {
		for (const v of [null, 42, 'story', [], { version: 2 }, { events: 'x' }]) {
			const r = validateStory(FILE, v, reports);
			expect(r.ok).toBe(false);
			expect(r.faults.length).toBeGreaterThan(0);
		}
	});
});

describe('parseJson', () => {
	it('reports the line and column of a syntax error', () => {
		const r = parseJson('bad.json', '{\n  "a": 1,\n  "b": \n}');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.faults[0]!.message).toMatch(/not valid JSON \(line 4, column 1\)/);
	});
});

describe('jsonPath', () => {
	it.each([
		[[], '$'],
		[['events', 3, 'sources', 0, 'quote'], '$.events[3].sources[0].quote'],
		[['a-b'], '$["a-b"]']
	] as const)('%j → %s', (path, expected) => {
		expect(jsonPath(path)).toBe(expected);
	});
});
