import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { story as storySchema } from '$lib/story/schema';
import { eventSources } from '$lib/story/model';
import { detailsKey, embedDetails, embedStory, mergeDetails, selectionDetails, withDetails, type EmbedDetails } from './lean';

const story = storySchema.parse(JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8')));

describe('embedStory', () => {
	const { story: lean, presentable } = embedStory(story);
	it('drops what only other pages read', () => {
		expect(presentable).toBe(story.scenes.length > 0);
		expect(lean.scenes).toEqual([]);
		expect(lean.places.some((p) => 'geonameid' in p || 'note' in p)).toBe(false);
		expect(lean.actors.some((a) => 'role' in a)).toBe(false);
		expect(lean.actors.map((a) => a.name)).toEqual(story.actors.map((a) => a.name));
		expect(lean.events.every((e) => e.summary === '' && !('dateText' in e))).toBe(true);
		expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(story).length * 0.6);
	});
	it('keeps what the marks draw and count: titles, places, dates, figures, and one token per distinct quote', () => {
		for (const [i, e] of lean.events.entries()) {
			const o = story.events[i]!;
			const { summary: _, sources: __, ...rest } = e;
			const { summary: ___, sources: ____, dateText: _____, ...orest } = o;
			// Figures keep their text (a deployment's count is drawn), their sources are tokens.
			expect(JSON.stringify(rest).replace(/"quote":"[^"]*"/g, '')).toBe(JSON.stringify(orest).replace(/"quote":"(?:[^"\\]|\\.)*"/g, ''));
			expect(eventSources(e).length).toBe(eventSources(o).length);
			expect(eventSources(e).map((s) => s.report)).toEqual(eventSources(o).map((s) => s.report));
		}
	});
	it('comes back whole with its details (after a JSON round trip, as fetched)', () => {
		const details = JSON.parse(JSON.stringify(embedDetails(story)));
		const back = withDetails(JSON.parse(JSON.stringify(lean)), details);
		const { geonameid: _, ...p0 } = story.places[0]!;
		expect(back.events).toEqual(story.events);
		expect(back.places[0]).toEqual(p0);
		expect(back.places.map((p) => p.note)).toEqual(story.places.map((p) => p.note));
		expect(back.places.map((p) => p.sources)).toEqual(story.places.map((p) => p.sources));
	});
	it("fetches a selection's own details only, and all of them merged make the story whole", () => {
		const json = (v: unknown) => JSON.parse(JSON.stringify(v));
		const e = story.events.find((x) => eventSources(x).length > 1)!;
		const one = json(selectionDetails(story, detailsKey({ type: 'event', id: e.id })));
		const withOne = withDetails(json(lean), one);
		// That event is whole; another is still lean.
		expect(withOne.events.find((x) => x.id === e.id)).toEqual(e);
		const other = withOne.events.find((x) => x.id !== e.id && !eventSources(x).some((s) => eventSources(e).some((t) => t.quote === s.quote)))!;
		expect(other.summary).toBe('');
		expect(JSON.stringify(one).length).toBeLessThan(JSON.stringify(embedDetails(story)).length / 10);
		expect(selectionDetails(story, 'event-no-such-id')).toBeNull();
		expect(selectionDetails(story, 'bogus')).toBeNull();
		const all = [...story.events.map((x) => detailsKey({ type: 'event', id: x.id })), ...story.places.map((p) => detailsKey({ type: 'place', id: p.id }))]
			.map((k) => json(selectionDetails(story, k)) as EmbedDetails)
			.reduce(mergeDetails);
		const back = withDetails(json(lean), all);
		expect(back.events).toEqual(story.events);
		expect(back.places.map((p) => [p.note, p.sources])).toEqual(story.places.map((p) => [p.note, p.sources]));
	});
});
