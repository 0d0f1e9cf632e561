import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { story as storySchema, type Story } from '$lib/story/schema';
import { inWindow } from '$lib/story/model';
import { altText, BAND, compactStyles, creditLine, fitText, pictureCamera, pictureName, pictureSvg } from './picture';

const riyadh: Story = storySchema.parse(JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8')));

describe('alt text', () => {
	it('names what is inside the frame, and only that', () => {
		// A frame on the Gulf: Riyadh is in it, Paris and Moscow are not.
		const gulf = altText(riyadh, { camera: { center: [46.7, 24.7], zoom: 5 }, width: 1200, height: 675 });
		expect(gulf).toMatch(/^Map: The Riyadh talks/);
		expect(gulf).toContain('Riyadh');
		expect(gulf).not.toMatch(/Paris|Moscow|Kyiv/);
		expect(gulf).toMatch(/\d+ meetings?/);
		// Europe and the Gulf together name both, the busiest place first.
		const wide = altText(riyadh, { camera: riyadh.camera, width: 1200, height: 675 });
		expect(wide).toMatch(/Paris|Moscow|Kyiv/);
		expect(wide.length).toBeLessThan(700);
	});
	it('keeps to a time window and names highlighted events', () => {
		const w = { start: '2025-02-18', end: '2025-02-18' };
		const day = altText(riyadh, { camera: riyadh.camera, width: 1200, height: 675, window: w });
		const marks = /It marks (.*?) on 18 February 2025, in /.exec(day);
		expect(marks, day).not.toBeNull();
		const n = riyadh.events.filter((e) => inWindow(e, w)).length;
		const counted = [...marks![1]!.matchAll(/(\d+) [a-z]/g)].reduce((a, m) => a + Number(m[1]), 0);
		expect(counted).toBeGreaterThan(0);
		expect(counted).toBeLessThanOrEqual(n);
		const meeting = riyadh.events.find((e) => e.date === '2025-02-18' && e.kind === 'meeting')!;
		expect(altText(riyadh, { camera: riyadh.camera, width: 1200, height: 675, window: w, highlight: new Set([meeting.id]) })).toContain(`Highlighted: ${meeting.title}.`);
	});
	it('says so when no place is in view, and ends with the source line', () => {
		const pacific = altText({ ...riyadh, sourceLine: 'Sources: Reuters. Map: Natural Earth.' }, { camera: { center: [-150, 0], zoom: 5 }, width: 800, height: 600 });
		expect(pacific).toContain('No place of the story is in view.');
		expect(pacific.endsWith('Sources: Reuters. Map: Natural Earth.')).toBe(true);
		expect(creditLine(riyadh)).toBe('Source: 5 news reports. Map: Natural Earth.');
	});
});

describe('the picture file', () => {
	const parts = { width: 1200, height: 675, land: 'M0 0h10v10z', borders: 'M0 0l5 5', marks: '<circle r="3"/>', credit: 'Source: <b>AP</b> & "Reuters"', alt: 'A map </desc><script>alert(1)</script>' };
	it('is one standalone SVG whose story text is text, never markup', () => {
		const svg = pictureSvg({ ...parts, title: '<img src=x onerror=alert(1)>' });
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="739"')).toBe(true);
		expect(svg).not.toMatch(/<img|<script|<b>/);
		expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(svg).toContain('<desc id="picture-desc">A map &lt;/desc&gt;&lt;script&gt;');
		expect(svg).toContain('<g class="marks"><circle r="3"/></g>');
		expect(svg).toContain(`<rect y="675" width="1200" height="${BAND}"`);
		// It parses as XML.
		expect(svg.match(/<svg/g)).toHaveLength(1);
	});
	it('drops inlined style declarations that are SVG defaults', () => {
		expect(compactStyles('<g style="fill:rgb(0, 0, 0);fill-opacity:1;stroke:none;opacity: 1;display:inline"><path style="opacity:1"/></g>')).toBe('<g style="fill:rgb(0, 0, 0);stroke:none"><path/></g>');
	});
	it('cuts a caption too long for the band', () => {
		expect(fitText('short', 1000, 20)).toBe('short');
		const cut = fitText('x'.repeat(300), 400, 20);
		expect(cut.length).toBeLessThanOrEqual(Math.floor(400 / 11));
		expect(cut.endsWith('…')).toBe(true);
	});
	it('shows at least what the map shows, and names the file safely', () => {
		expect(pictureCamera({ center: [10, 50], zoom: 4 }, { width: 600, height: 675 }, { width: 1200, height: 675 })).toEqual({ center: [10, 50], zoom: 4 });
		expect(pictureCamera({ center: [10, 50], zoom: 4 }, { width: 600, height: 400 }, { width: 1200, height: 800 }).zoom).toBe(5);
		expect(pictureName('riyadh-talks-2025', { center: [38.5, 44.25], zoom: 3 }, 'png')).toBe('riyadh-talks-2025-44.25N-38.50E-z3.0.png');
	});
});

describe('the design fields in the schema', () => {
	const base = JSON.parse(readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8'));
	it('are optional: stories without them stay valid', () => {
		expect(storySchema.safeParse(base).success).toBe(true);
	});
	it('take any text, hostile or not, within their lengths', () => {
		const s = storySchema.parse({ ...base, byline: 'By <script>alert(1)</script>', sourceLine: 'Sources: "AP" & Reuters', notes: 'Line one\nLine two' });
		expect(s.byline).toBe('By <script>alert(1)</script>');
		expect(storySchema.safeParse({ ...base, byline: 'x'.repeat(201) }).success).toBe(false);
		expect(storySchema.safeParse({ ...base, byline: '   ' }).success).toBe(false);
	});
	it('refuse an accent colour too light to read on white', () => {
		expect(storySchema.safeParse({ ...base, theme: { accent: '#0072b2' } }).success).toBe(true);
		const pale = storySchema.safeParse({ ...base, theme: { accent: '#ffd700' } });
		expect(pale.success).toBe(false);
		expect(pale.error?.issues[0]?.message).toMatch(/4\.5:1/);
		expect(storySchema.safeParse({ ...base, theme: { accent: 'red' } }).success).toBe(false);
		expect(storySchema.safeParse({ ...base, theme: { accent: '#0072b2', font: 'Comic Sans' } }).success).toBe(false);
	});
});
