import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { formatJson } from './format';
import { convertEvent, countryOptions, describeField, eventKinds, kindFields, objectFields } from './forms';
import { place as placeSchema } from '$lib/story/schema';
import { composeStory, parsePath, setPath, type Work } from './work';
import { isReportFile, isSlug } from './server/paths';
import { extractReport, parseSourceLine, tidy } from './server/extract';
import { event as eventSchema, type StoryInput } from '$lib/story/schema';

describe('formatJson', () => {
	it('writes the files it reads byte for byte', () => {
		for (const f of ['geo/stories/riyadh-talks-2025.json', 'geo/reports/index.json']) {
			const text = readFileSync(f, 'utf8');
			expect(formatJson(JSON.parse(text))).toBe(text);
		}
	});
	it('keeps number pairs on one line and drops undefined', () => {
		expect(formatJson({ a: [1, 2], b: undefined, c: [{ d: 'x' }], e: [] })).toBe('{\n\t"a": [1, 2],\n\t"c": [\n\t\t{\n\t\t\t"d": "x"\n\t\t}\n\t],\n\t"e": []\n}\n');
	});
});

describe('forms from the schema', () => {
	it('has a form for every kind of the event union, with references told apart', () => {
		expect(eventKinds()).toEqual(eventSchema.options.map((o) => (o.shape.kind as unknown as { value: string }).value));
		for (const k of eventKinds()) {
			const f = kindFields(k);
			expect(f.find((x) => x.key === 'sources')?.type).toBe('sources');
			expect(f.find((x) => x.key === 'actors')).toMatchObject({ type: 'refs', target: 'actor', min: 1 });
			expect(f.find((x) => x.key === 'date')).toMatchObject({ type: 'day', optional: true });
			expect(f.find((x) => x.key === 'status')?.type).toBe('enum');
		}
	});
	it('reads a kind it has never seen from its schema alone', () => {
		const id = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/);
		const strike = z.object({
			kind: z.literal('strike'),
			by: id.describe('actor id of the attacker'),
			target: id,
			weapons: z.enum(['missiles', 'drones']).optional(),
			killed: z.object({ text: z.string().max(200), according: z.array(id).default([]) }).optional()
		});
		const fields = Object.fromEntries(Object.entries(strike.shape).map(([k, v]) => [k, describeField(k, v as z.ZodType)]));
		expect(fields.by).toMatchObject({ type: 'ref', target: 'actor' });
		expect(fields.target).toMatchObject({ type: 'ref', target: 'place' });
		expect(fields.weapons).toMatchObject({ type: 'enum', optional: true, options: ['missiles', 'drones'] });
		expect(fields.killed).toMatchObject({ type: 'object', optional: true });
	});
	it('gives a place\'s country a country picker, not a text box', () => {
		const fields = objectFields(placeSchema as unknown as z.ZodObject);
		expect(fields.find((f) => f.key === 'country')).toMatchObject({ type: 'country', optional: false });
		const options = countryOptions();
		const codes = new Set(options.map((o) => o.code));
		for (const c of ['GB', 'UA', 'RU', 'SA', 'US', 'XK']) expect(codes.has(c), c).toBe(true);
		for (const c of ['ZZ', 'XA', 'EU', 'AA']) expect(codes.has(c), c).toBe(false);
		expect(options.find((o) => o.code === 'SA')?.name).toBe('Saudi Arabia');
		expect(options.length).toBeGreaterThan(240);
	});
	it('converts an event to another kind, keeping what both share', () => {
		const meeting = { id: 'm', kind: 'meeting', title: 'T', summary: 'S', status: 'happened', date: '2025-03-01', actors: ['a', 'b'], sources: [{ report: 'r.txt', quote: 'q' }], place: 'london', participants: ['a', 'b'] };
		const call = convertEvent(meeting, 'call', () => ['london']);
		expect(call).toMatchObject({ id: 'm', kind: 'call', title: 'T', date: '2025-03-01', participants: ['a', 'b'], from: 'london', to: 'london' });
		expect(call).not.toHaveProperty('place');
	});
});

describe('work', () => {
	const story: StoryInput = {
		version: 1,
		slug: 's',
		title: 'S',
		updated: '2025-01-01',
		camera: { center: [0, 0], zoom: 2 },
		reports: ['r.txt'],
		places: [
			{ id: 'lisbon', name: 'Lisbon', coordinates: [-9.1, 38.7], country: 'PT' },
			{ id: 'porto', name: 'Porto', coordinates: [-8.6, 41.1], country: 'PT' },
			{ id: 'madrid', name: 'Madrid', coordinates: [-3.7, 40.4], country: 'ES' }
		],
		actors: [
			{ id: 'portugal', name: 'Portugal', type: 'state' },
			{ id: 'ferreira', name: 'Ferreira', type: 'person', memberOf: ['portugal'] },
			{ id: 'spain', name: 'Spain', type: 'state' }
		],
		events: [
			{ id: 'e1', kind: 'meeting', title: 't', summary: 's', status: 'happened', actors: ['ferreira'], sources: [{ report: 'r.txt', quote: 'q' }], place: 'lisbon', participants: ['ferreira'] },
			{ id: 'e2', kind: 'visit', title: 't', summary: 's', status: 'happened', actors: ['spain'], sources: [{ report: 'r.txt', quote: 'q' }], who: ['spain'], to: 'madrid' }
		]
	};
	it('saves the editor’s own items and accepted drafts, with what they need', () => {
		const items: Work['items'] = { 'event:e1': { status: 'accepted' }, 'event:e2': { status: 'proposed' }, 'place:lisbon': { status: 'proposed' }, 'place:porto': { status: 'rejected' }, 'place:madrid': { status: 'proposed' }, 'actor:ferreira': { status: 'proposed' }, 'actor:portugal': { status: 'proposed' }, 'actor:spain': { status: 'proposed' } };
		const out = composeStory({ story, items });
		expect(out.events.map((e) => e.id)).toEqual(['e1']);
		expect(out.places.map((p) => p.id)).toEqual(['lisbon']);
		expect(out.actors.map((a) => a.id)).toEqual(['portugal', 'ferreira']);
		expect(composeStory({ story, items }, 'all-but-rejected').events).toHaveLength(2);
	});
	it('sets nested paths', () => {
		expect(parsePath('count.sources[0].quote')).toEqual(['count', 'sources', 0, 'quote']);
		const o: Record<string, unknown> = { a: 1 };
		setPath(o, 'count.text', 'x');
		setPath(o, 'a', undefined);
		expect(o).toEqual({ count: { text: 'x' } });
	});
});

describe('names and paths', () => {
	it('takes story slugs and report names only in their patterns', () => {
		expect(isSlug('europe-spring-2025')).toBe(true);
		for (const bad of ['../x', 'a/b', 'A', '-a', 'a--b', '', 'x'.repeat(81), 'a\u0000']) expect(isSlug(bad), bad).toBe(false);
		expect(isReportFile('02-ukrainska-pravda-london-summit.txt')).toBe(true);
		for (const bad of ['../x.txt', '.x.txt', 'x.json', 'a/b.txt', 'a\\b.txt', 'x..txt', '/x.txt']) expect(isReportFile(bad), bad).toBe(false);
	});
});

describe('reading reports', () => {
	const enc = (s: string) => new TextEncoder().encode(s);
	it('refuses what is not a report, saying why', () => {
		expect(extractReport(new Uint8Array(), 'txt')).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) });
		expect(extractReport(new Uint8Array([0x89, 0x50, 0, 1]), 'txt')).toMatchObject({ ok: false, error: expect.stringMatching(/binary/) });
		expect(extractReport(new Uint8Array([0x43, 0xe9, 0x20]), 'txt')).toMatchObject({ ok: false, error: expect.stringMatching(/not UTF-8/) });
		expect(extractReport(enc('a'.repeat(400_001)), 'txt')).toMatchObject({ ok: false, error: expect.stringMatching(/at most 400 KB/) });
	});
	it('tidies line ends and trailing space, keeping the words', () => {
		expect(tidy('\uFEFFOne.  \r\nTwo.\r\n\r\n\r\n\r\nThree.')).toBe('One.\nTwo.\n\nThree.\n');
	});
	it('reads the Source line', () => {
		expect(parseSourceLine('Source: CNBC Africa (Reuters), 2025-04-24, https://example.org/a\n\nText')).toEqual({ outlet: 'CNBC Africa (Reuters)', date: '2025-04-24', url: 'https://example.org/a' });
		expect(parseSourceLine('No source line')).toBeNull();
	});
});

describe('renaming', () => {
	it('renames an item and every reference to it, and refuses a taken id', async () => {
		const { renameItem } = await import('./work');
		const w: Pick<Work, 'story' | 'items'> = {
			story: {
				version: 1,
				slug: 's',
				title: 'S',
				updated: '2025-01-01',
				camera: { center: [0, 0], zoom: 2 },
				reports: [],
				places: [
					{ id: 'a', name: 'A', coordinates: [0, 0], country: 'PT' },
					{ id: 'b', name: 'B', coordinates: [1, 1], country: 'PT', within: 'a' }
				],
				actors: [{ id: 'x', name: 'X', type: 'state' }],
				events: [{ id: 'e', kind: 'visit', title: 'a', summary: 'a', status: 'happened', actors: ['x'], sources: [{ report: 'r.txt', quote: 'a' }], who: ['x'], to: 'a' }],
				scenes: [{ id: 's1', title: 't', narrative: 'n', camera: { fit: ['a'] }, highlight: ['e'] }]
			},
			items: { 'place:a': { status: 'proposed' } }
		};
		expect(renameItem(w, 'place', 'a', 'x')).toMatch(/already/);
		expect(renameItem(w, 'place', 'a', 'lisbon')).toBeNull();
		expect((w.story.events[0] as { to: string }).to).toBe('lisbon');
		expect(w.story.events[0]!.title).toBe('a');
		expect(w.story.places[1]!.within).toBe('lisbon');
		expect(w.story.scenes![0]!.camera.fit).toEqual(['lisbon']);
		expect(w.items).toEqual({ 'place:lisbon': { status: 'proposed' } });
		expect(renameItem(w, 'event', 'e', 'visit-1')).toBeNull();
		expect(w.story.scenes![0]!.highlight).toEqual(['visit-1']);
	});
});
