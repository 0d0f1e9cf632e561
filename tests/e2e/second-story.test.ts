/**
 * The second story (issue #20: made with the studio from reports in the news-dev benchmark)
 * is on the built site next to the flagship: listed on the home page, valid by the build's own
 * validation, with its scenes, and a place page for each of its places. Read from build/.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { validateStory } from '../../src/lib/story/validate';
import { story as storySchema } from '../../src/lib/story/schema';

const reportTexts = () => new Map(readdirSync('geo/reports').filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(`geo/reports/${f}`, 'utf8')]));

const SLUG = 'europe-spring-2025';
const raw = JSON.parse(readFileSync(`geo/stories/${SLUG}.json`, 'utf8'));

describe('the second story', () => {
	it('validates with the reports it cites, each in geo/reports with its source line', () => {
		const texts = reportTexts();
		expect(validateStory(`${SLUG}.json`, raw, texts).ok).toBe(true);
		for (const f of raw.reports as string[]) expect(texts.get(f), f).toMatch(/^Source: /);
	});
	it('is on the site: home page, story page with its scenes, a place page per place', () => {
		const story = storySchema.parse(raw);
		expect(story.scenes.length).toBeGreaterThan(0);
		const home = readFileSync('build/index.html', 'utf8');
		expect(home).toContain(`stories/${SLUG}/`);
		expect(home).toContain('stories/riyadh-talks-2025/');
		expect(existsSync(`build/stories/${SLUG}/index.html`)).toBe(true);
		expect(existsSync(`build/stories/${SLUG}/present/index.html`)).toBe(true);
		for (const p of story.places) {
			const file = `build/stories/${SLUG}/places/${p.id}/index.html`;
			expect(existsSync(file), file).toBe(true);
			expect(readFileSync(file, 'utf8'), p.id).toContain(p.name.replace(/&/g, '&amp;'));
		}
	});
});
