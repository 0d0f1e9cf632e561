import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { story as storySchema, type StoryEvent } from './schema';
import { eventPlaces, figureInWindow, figureWindow, formatWhen, indexStory, involvedActors, inWindow, passesFilters, stopLabel, timelineDays, timeStanding } from './model';

const s = storySchema.parse(JSON.parse(readFileSync('tests/fixtures/stories/minimal.json', 'utf8')));
const ev = (over: Partial<StoryEvent>) => ({ ...s.events[0]!, ...over }) as StoryEvent;

describe('story model', () => {
	it('knows the places of each kind of event, origin first', () => {
		expect(s.events.map(eventPlaces)).toEqual([['paris'], ['paris', 'kyiv'], ['paris', 'kyiv']]);
	});
	it.each([
		[{ date: '2025-02-18' }, { start: '2025-02-18', end: '2025-02-18' }, true],
		[{ date: '2025-02-17' }, { start: '2025-02-18', end: '2025-02-20' }, false],
		[{ date: undefined, start: '2024-10-01', end: '2024-10-31' }, { start: '2024-10-15', end: '2025-01-01' }, true],
		[{ date: undefined }, { start: '2030-01-01', end: '2030-01-01' }, false],
		[{ date: undefined }, null, true]
	])('inWindow(%j, %j) = %s (undated facts are never news of a chosen window)', (over, w, expected) => {
		expect(inWindow(ev(over), w)).toBe(expected);
	});
	it('tells news of a window from events outside it and undated background', () => {
		const w = { start: '2025-02-18', end: '2025-02-18' };
		expect(timeStanding(ev({ date: '2025-02-18' }), w)).toBe('in');
		expect(timeStanding(ev({ date: '2025-02-17' }), w)).toBe('out');
		expect(timeStanding(ev({ date: undefined }), w)).toBe('background');
		expect(timeStanding(ev({ date: undefined }), null)).toBe('background');
	});
	it.each([
		// A month's last day stands for the month: "as of January 2025".
		[{ asOf: '2025-01-31' }, { start: '2025-01-01', end: '2025-01-31' }],
		[{ asOf: '2024-12-31' }, { start: '2024-01-01', end: '2024-12-31' }],
		[{ asOf: '2025-02-18' }, { start: '2025-02-18', end: '2025-02-18' }],
		// Undated: when its event holds.
		[{}, { start: '2025-02-18', end: '2025-02-24' }]
	])('figureWindow(%j) = %j', (f, expected) => {
		expect(figureWindow(f, { start: '2025-02-18', end: '2025-02-24' })).toEqual(expected);
	});
	it('shows a figure only in a window containing when it holds', () => {
		const jan = { asOf: '2025-01-31' };
		const kursk = { start: '2025-01-01', end: '2025-01-31' };
		expect(figureInWindow(jan, kursk, { start: '2024-10-01', end: '2024-10-31' })).toBe(false);
		expect(figureInWindow(jan, kursk, { start: '2025-01-15', end: '2025-02-18' })).toBe(true);
		expect(figureInWindow(jan, kursk, null)).toBe(true);
		expect(figureInWindow({}, {}, { start: '2025-01-15', end: '2025-02-18' })).toBe(false);
	});
	it.each([
		[{ date: '2025-02-18' }, '18 Feb 2025'],
		[{ date: undefined, start: '2024-06-01', end: '2024-06-30' }, 'Jun 2024'],
		[{ date: undefined, start: '2008-01-01', end: '2008-12-31' }, '2008'],
		[{ date: undefined, start: '2025-02-17', end: '2025-02-23' }, '17 Feb 2025 – 23 Feb 2025'],
		[{ date: undefined }, 'Undated']
	])('formatWhen(%j) = %s', (over, expected) => expect(formatWhen(ev(over))).toBe(expected));
	it('names timeline stops by the precision of their events', () => {
		const events = [ev({ id: 'a', date: undefined, start: '2008-01-01', end: '2008-12-31' }), ev({ id: 'b', date: '2025-02-18' })];
		expect(timelineDays(events)).toEqual(['2008-01-01', '2025-02-18']);
		expect(stopLabel('2008-01-01', events)).toBe('2008');
		expect(stopLabel('2025-02-18', events)).toBe('18 Feb 2025');
	});
	it('indexes events by place, in date order', () => {
		const index = indexStory(s);
		expect(index.eventsByPlace.get('kyiv')?.map((e) => e.id)).toEqual(['volunteers', 'macron-zelensky-call']);
	});
});

describe('filters', () => {
	const index = indexStory(s);
	it.each([
		[{ kinds: ['calls'], actors: [], statuses: [] }, ['macron-zelensky-call']],
		[{ kinds: [], actors: ['ukraine'], statuses: [] }, ['macron-zelensky-call']],
		[{ kinds: [], actors: ['france'], statuses: [] }, ['paris-meeting', 'macron-zelensky-call', 'volunteers']],
		[{ kinds: ['meetings', 'deployments'], actors: [], statuses: ['happened'] }, ['paris-meeting', 'volunteers']],
		[{ kinds: [], actors: [], statuses: ['planned'] }, []]
	] as const)('%j keeps %j', (f, ids) => {
		const filters = { kinds: [...f.kinds], actors: [...f.actors], statuses: [...f.statuses] };
		expect(s.events.filter((e) => passesFilters(e, filters, index)).map((e) => e.id)).toEqual(ids);
	});
	it('counts a person as their state (memberOf)', () => {
		expect(involvedActors(s.events[1]!, index).has('france')).toBe(true);
	});
	it('does not count commentators, nor the states they belong to, as parties', () => {
		const quoted = { ...s.events[0]!, commentators: ['zelensky'] } as StoryEvent;
		expect([...involvedActors(quoted, index)].sort()).toEqual(['france', 'macron']);
		expect(passesFilters(quoted, { kinds: [], actors: ['ukraine'], statuses: [] }, index)).toBe(false);
	});
});

describe('the flagship’s parties', () => {
	const flagship = storySchema.parse(JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8')));
	const index = indexStory(flagship);
	const only = (actor: string) => flagship.events.filter((e) => passesFilters(e, { kinds: [], actors: [actor], statuses: [] }, index)).map((e) => e.id);
	it('a state quoted on the Riyadh talks is not one of their parties', () => {
		const talks = index.events.get('riyadh-talks-2025-02-18')!;
		expect(talks.commentators).toContain('scholz');
		expect(only('germany')).not.toContain('riyadh-talks-2025-02-18');
		expect(only('germany')).toContain('paris-emergency-meeting-2025-02-17');
	});
});
