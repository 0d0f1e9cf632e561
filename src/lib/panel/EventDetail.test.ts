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
