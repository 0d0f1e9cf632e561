/**
 * Picture tests, as Observable Plot has them: each kind's SVG mark, rendered on the server
 * from its fixture (tests/fixtures/kinds/<kind>.json) through a fixed projection, and its key
 * glyph, written as normalised SVG (numbers rounded, one element a line) and compared with the
 * snapshot committed under tests/snapshots/kinds/. A change to a mark shows in review as a
 * change of picture. `npx vitest run -u src/lib/kinds` writes them anew after a deliberate change.
 */
import { existsSync, readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { mercatorProjector } from '../geo/mercator';
import { buildMarks } from '../overlays/marks';
import { indexStory } from '../story/model';
import { story as storySchema } from '../story/schema';
import { EVENT_KINDS, LEGEND_KINDS, kindOf } from './index';
import { MARK_COMPONENTS } from './marks';
import { GLYPH_PROJECT, GLYPH_SIZE, glyphMark } from './glyph';

export const PICTURE = { width: 640, height: 400 } as const;

/** A kind's fixture story, parsed by the story schema. */
export function fixture(kind: string) {
	return storySchema.parse(JSON.parse(readFileSync(`tests/fixtures/kinds/${kind}.json`, 'utf8')));
}

/** Server-rendered SVG made comparable: comments out, numbers to 0.1, one element a line. */
export function normalise(svg: string): string {
	return svg
		.replace(/<!--[^]*?-->/g, '')
		.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
		.replace(/>\s*</g, '>\n<')
		.trim()
		.concat('\n');
}

function picture(body: string, size: { width: number; height: number }): string {
	return normalise(`<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">${body}</svg>`);
}

describe('each kind’s mark, drawn from its fixture', () => {
	for (const kind of EVENT_KINDS) {
		it(kind, async () => {
			expect(existsSync(`tests/fixtures/kinds/${kind}.json`), `tests/fixtures/kinds/${kind}.json`).toBe(true);
			const story = fixture(kind);
			const marks = buildMarks(indexStory(story)).events;
			expect(marks.length).toBeGreaterThan(0);
			expect(marks.every((m) => m.kind === kind)).toBe(true);
			const project = mercatorProjector(story.camera, PICTURE.width, PICTURE.height);
			const Mark = MARK_COMPONENTS[kind];
			const body = marks.map((mark) => `<g data-event="${mark.id}">${render(Mark, { props: { mark, project, hit: false } }).body}</g>`).join('');
			await expect(picture(body, PICTURE)).toMatchFileSnapshot(`../../../tests/snapshots/kinds/${kind}.svg`);
		});
	}
});

describe('each kind’s key glyph, drawn by the same mark', () => {
	for (const k of LEGEND_KINDS) {
		it(k.kind, async () => {
			const Mark = MARK_COMPONENTS[k.kind as keyof typeof MARK_COMPONENTS];
			const body = ['happened', 'planned'].map((status) => render(Mark, { props: { mark: glyphMark(k, status), project: GLYPH_PROJECT, hit: false } }).body);
			const glyph = picture(`<g>${body[0]}</g><g transform="translate(0, ${GLYPH_SIZE.height})">${body[1]}</g>`, { width: GLYPH_SIZE.width, height: 2 * GLYPH_SIZE.height });
			await expect(glyph).toMatchFileSnapshot(`../../../tests/snapshots/kinds/${k.kind}.key.svg`);
			// The glyph is the map's mark: the same colour, the same drawing.
			expect(glyph).toContain(kindOf(k.kind).colour);
		});
	}
	it('has a row for every kind or its group', () => {
		for (const kind of EVENT_KINDS) expect(LEGEND_KINDS.some((l) => l.group.id === kindOf(kind).group.id)).toBe(true);
	});
});
