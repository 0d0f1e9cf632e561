import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { story as storySchema } from '$lib/story/schema';
import { indexStory } from '$lib/story/model';
import { buildSearch } from './search';

const flagship = storySchema.parse(JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8')));
const search = buildSearch(indexStory(flagship));

describe('story search', () => {
	it.each([
		['Kursk', 'place:kursk'],
		['kurs', 'place:kursk'],
		['Ankara', 'place:ankara'],
		['Riyadh', 'place:riyadh'],
		['Pyongyang', 'place:pyongyang']
	])('"%s" finds %s first', (q, key) => {
		expect(search(q)[0]?.key).toBe(key);
	});
	it('tolerates a typo', () => {
		expect(search('Pyongang').map((h) => h.key)).toContain('place:pyongyang');
	});
	it('finds people and the events they are in', () => {
		const hits = search('Lavrov');
		expect(hits[0]?.type).toBe('actor');
		expect(hits.some((h) => h.type === 'event')).toBe(true);
	});
	it('finds events by their text', () => {
		expect(search('North Korean troops').some((h) => h.type === 'event' && /kursk/.test(h.id))).toBe(true);
	});
	it('returns nothing for an empty or unmatched query', () => {
		expect(search('   ')).toEqual([]);
		expect(search('zzzqqq')).toEqual([]);
	});
});
