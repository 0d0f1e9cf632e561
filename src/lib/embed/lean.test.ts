import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Story } from '$lib/story/schema';
import { embedStory } from './lean';

const story = JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8')) as Story;

describe('embedStory', () => {
	it('keeps what the embed draws and drops what only other pages read', () => {
		const { story: lean, presentable } = embedStory(story);
		expect(presentable).toBe(story.scenes.length > 0);
		expect(lean.scenes).toEqual([]);
		expect(lean.events).toBe(story.events);
		expect(lean.places.map((p) => p.id)).toEqual(story.places.map((p) => p.id));
		expect(lean.places.some((p) => 'geonameid' in p)).toBe(false);
		expect(lean.actors.some((a) => 'role' in a)).toBe(false);
		expect(lean.actors.map((a) => a.name)).toEqual(story.actors.map((a) => a.name));
	});
});
