import { describe, expect, it } from 'vitest';
import { COUNT_PRIORITY, COUNT_SPOTS, cutCss, inwardOrder, labelPriority, placeMapLabels, placeImportance, placeLabels, shortName, textWidth, type Box, type LabelCandidate, type PlacedLabel } from './labels';
import { countSpot } from '$lib/geo/labels';

describe('placeLabels', () => {
	it('places the more important label first and moves the other aside', () => {
		const placed = placeLabels(
			[
				{ id: 'a', text: 'Riyadh', at: [100, 100], size: 12, priority: 1, gap: 5 },
				{ id: 'b', text: 'Diriyah', at: [102, 100], size: 12, priority: 5, gap: 5 }
			],
			[0, 0, 400, 300]
		);
		expect(placed.map((l) => l.id)).toEqual(['b', 'a']);
		expect(placed[0]!.anchor).toBe('start');
		expect(placed[1]!.anchor).not.toBe('start');
	});
	it('drops labels far outside the viewport and labels that cannot fit', () => {
		const crowd = Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, text: 'Somewhere long', at: [50, 50] as [number, number], size: 12, priority: i, gap: 4 }));
		const placed = placeLabels([...crowd, { id: 'off', text: 'Off', at: [5000, 50], size: 12, priority: 99, gap: 4 }], [0, 0, 300, 200]);
		// The most important first; the rest while a spot is free; none overlapping.
		expect(placed[0]!.id).toBe('p5');
		expect(placed.length).toBeLessThan(6);
		for (const a of placed) for (const b of placed) if (a !== b) expect(a.box[2] <= b.box[0] || b.box[2] <= a.box[0] || a.box[3] <= b.box[1] || b.box[3] <= a.box[1]).toBe(true);
		expect(placed.find((l) => l.id === 'off')).toBeUndefined();
	});
	it('never cuts a label at the edge: near the right edge it goes left, in a corner diagonally', () => {
		const placed = placeLabels(
			[
				{ id: 'us', text: 'United States', at: [395, 150], size: 13, priority: 2, gap: 6 },
				{ id: 'ny', text: 'New York City', at: [5, 150], size: 13, priority: 1, gap: 6 },
				{ id: 'nk', text: 'North Korea', at: [396, 4], size: 13, priority: 1, gap: 6 }
			],
			[0, 0, 400, 300]
		);
		expect(placed).toHaveLength(3);
		for (const l of placed) {
			expect(l.box[0]).toBeGreaterThanOrEqual(0);
			expect(l.box[1]).toBeGreaterThanOrEqual(0);
			expect(l.box[2]).toBeLessThanOrEqual(400);
			expect(l.box[3]).toBeLessThanOrEqual(300);
		}
		expect(placed.find((l) => l.id === 'us')!.anchor).toBe('end');
	});
	it('keeps clear of markers: a meeting circle right of the dot sends the label elsewhere', () => {
		const circle: [number, number, number, number] = [106, 88, 130, 112];
		const [l] = placeLabels([{ id: 'pl', text: 'Poland', at: [100, 100], size: 13, priority: 1, gap: 6 }], [0, 0, 400, 300], [circle]);
		expect(l!.anchor).not.toBe('start');
		expect(l!.box[2] <= circle[0] || l!.box[0] >= circle[2] || l!.box[3] <= circle[1] || l!.box[1] >= circle[3]).toBe(true);
	});
	it('labels a city inside its own meeting circle just outside it, rather than not at all', () => {
		// A 20 px circle's box around the dot closes every spot 6 px away.
		const [l] = placeLabels([{ id: 'riyadh', text: 'Riyadh', at: [200, 150], size: 13, priority: 1, gap: 6 }], [0, 0, 400, 300], [[180, 130, 220, 170]]);
		expect(l).toBeDefined();
		expect(l!.box[0]).toBeGreaterThanOrEqual(220);
		expect(l!.anchor).toBe('start');
	});
});

describe('labelPriority and countSpot', () => {
	it('names the story’s cities before country-level points, and the selected place first', () => {
		const w = placeImportance([
			{ id: 'riyadh', weight: 3 },
			{ id: 'diriyah-palace', weight: 1, within: 'riyadh' },
			{ id: 'kyiv', weight: 4 },
			{ id: 'russia-country', weight: 13 },
			{ id: 'seoul', weight: 0 }
		]);
		expect(w.get('riyadh')).toBe(4);
		const kyiv = labelPriority(w.get('kyiv')!, false, false);
		const russia = labelPriority(w.get('russia-country')!, true, false);
		const seoul = labelPriority(w.get('seoul')!, false, false);
		expect(kyiv).toBeGreaterThan(russia);
		expect(russia).toBeGreaterThan(seoul);
		expect(labelPriority(0, true, true)).toBeGreaterThan(kyiv);
		// Greedy placement by it: two labels wanting one spot, the city wins.
		const placed = placeLabels(
			[
				{ id: 'russia-country', text: 'Russia', at: [100, 100], size: 13, priority: russia, gap: 6 },
				{ id: 'kyiv', text: 'Kyiv', at: [100, 100], size: 13, priority: kyiv, gap: 6 }
			],
			[0, 0, 400, 300]
		);
		expect(placed[0]!.id).toBe('kyiv');
		expect(placed[0]!.anchor).toBe('start');
	});
	it('puts a count right of its symbol, and left where the right would leave the view', () => {
		const right = countSpot(100, 26, 'more than 12,000', 1, 375);
		expect(right.anchor).toBe('start');
		expect(right.x0).toBe(118);
		const edge = countSpot(330, 26, 'more than 12,000', 1, 375);
		expect(edge.anchor).toBe('end');
		expect(edge.x1).toBeLessThanOrEqual(330 - 13);
		expect(edge.x0).toBeGreaterThanOrEqual(2);
		// No view given (the canvas renderer): always right, as before.
		expect(countSpot(330, 26, 'more than 12,000', 1).anchor).toBe('start');
		// No room either side: right, as drawn before (the label rule keeps others clear of it).
		expect(countSpot(60, 26, 'more than 12,000', 1, 120).anchor).toBe('start');
	});
});

/** Whether two boxes share any area. */
const meet = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
/** Every placed label wholly inside the view, and none over another or over a taken box. */
function expectClean(placed: PlacedLabel[], view: Box, taken: Box[] = []) {
	for (const l of placed) {
		expect(l.box[0], l.id).toBeGreaterThanOrEqual(view[0]);
		expect(l.box[1], l.id).toBeGreaterThanOrEqual(view[1]);
		expect(l.box[2], l.id).toBeLessThanOrEqual(view[2]);
		expect(l.box[3], l.id).toBeLessThanOrEqual(view[3]);
		for (const t of taken) expect(meet(l.box, t), `${l.id} over an obstacle`).toBe(false);
		for (const o of placed) if (o !== l) expect(meet(l.box, o.box), `${l.id} over ${o.id}`).toBe(false);
	}
}
const name = (id: string, text: string, at: [number, number], priority = 2100): LabelCandidate => ({ id, text, at, size: 13, priority, gap: 6 });

describe('placeLabels: the view, obstacles and translated names', () => {
	it('keeps a label near each edge whole, inside the view', () => {
		const view: Box = [0, 0, 375, 440];
		const placed = placeLabels(
			[name('w', 'Westhaven', [4, 200]), name('e', 'Eastmarch Harbour', [371, 210]), name('n', 'Northbury', [180, 3]), name('s', 'Southfold', [190, 437]), name('ne', 'Cornerstead', [372, 4])],
			view
		);
		expect(placed.map((l) => l.id).sort()).toEqual(['e', 'n', 'ne', 's', 'w']);
		expectClean(placed, view);
		expect(placed.find((l) => l.id === 'w')!.anchor).toBe('start');
		expect(placed.find((l) => l.id === 'e')!.anchor).toBe('end');
	});
	it('places inside the part of a larger frame that shows (a poster centred in a phone’s map box)', () => {
		// A 1600 × 1000 frame shown through a 375 × 440 box: its middle, 612.5 … 987.5 across.
		const seen: Box = [612.5, 280, 987.5, 720];
		const placed = placeLabels([name('r', 'Harborough', [980, 500]), name('l', 'Lindqvist', [616, 500]), name('far', 'Outerby', [1400, 500])], seen);
		expect(placed.find((l) => l.id === 'r')!.anchor).toBe('end');
		expect(placed.find((l) => l.id === 'l')!.anchor).toBe('start');
		// Far outside the part that shows: not labelled (nobody would see it).
		expect(placed.find((l) => l.id === 'far')).toBeUndefined();
		expectClean(placed, seen);
	});
	it('keeps clear of an obstacle (a unit box right of the anchor, a dot above) and of labels placed before', () => {
		const view: Box = [0, 0, 400, 300];
		const unit: Box = [206, 92, 236, 108];
		const dot: Box = [195, 75, 205, 85];
		const placed = placeLabels([name('a', 'Marrowfield', [200, 100], 3000), name('b', 'Quillon', [200, 118], 2000)], view, [unit, dot]);
		expect(placed).toHaveLength(2);
		expectClean(placed, view, [unit, dot]);
	});
	it('measures a translated name as written: a wider name goes where the narrow one would not fit', () => {
		const view: Box = [0, 0, 375, 300];
		// Room for 'Brussels' right of the dot, not for a longer translation.
		const at: [number, number] = [300, 150];
		const short = placeLabels([name('x', 'Brussels', at)], view);
		const long = placeLabels([name('x', 'Bruxelles-Capitale', at)], view);
		expect(short[0]!.anchor).toBe('start');
		expect(long[0]!.anchor).toBe('end');
		expectClean(long, view);
		// Bidi isolates around a data name take no width; other scripts count at full width.
		expect(textWidth('\u2068Riyad\u2069', 13)).toBeCloseTo(textWidth('Riyad', 13));
		expect(textWidth('الرياض', 13)).toBeGreaterThan(textWidth('Riyad', 13) * 0.9);
	});
	it('shortens a qualified name only where the whole one has no room, and drops a label with no room at all', () => {
		expect(shortName('Washington, D.C.')).toBe('Washington');
		expect(shortName('Turkey (Türkiye)')).toBe('Turkey');
		expect(shortName('\u2068Washington, D.C.\u2069')).toBe('\u2068Washington\u2069');
		expect(shortName('Kyiv')).toBeNull();
		const view: Box = [0, 0, 126, 60];
		// Walls round the anchor leave about 100 px to its right: "Washington" fits, "Washington, D.C." does not.
		const walls: Box[] = [[0, 0, 6, 60], [120, 0, 126, 60], [0, 0, 126, 22], [0, 38, 126, 60]];
		const roomy = placeLabels([name('dc', 'Washington, D.C.', [15, 30])], [0, 0, 400, 60]);
		expect(roomy[0]!.text).toBe('Washington, D.C.');
		const tight = placeLabels([name('dc', 'Washington, D.C.', [15, 30])], view, walls);
		expect(tight[0]!.text).toBe('Washington');
		expectClean(tight, view, walls);
		const none = placeLabels([name('k', 'Kyiv', [100, 30])], view, [[0, 0, 200, 60]]);
		expect(none).toEqual([]);
	});
	it('places a count beside its own symbol, never over another; short where the words find no room; left out where nothing fits', () => {
		const view: Box = [0, 0, 375, 300];
		const own: Box = [277, 92, 303, 108];
		const other: Box = [240, 92, 270, 108];
		const count = (at: [number, number]): LabelCandidate => ({ id: 'c', text: 'more than 12,000', short: '> 12,000', at, size: 13, priority: COUNT_PRIORITY, gap: 18, gapY: 11, width: textWidth('more than 12,000', 13) * 1.1, spots: COUNT_SPOTS });
		// Right runs off the view, left over the other unit box: below.
		const [c] = placeLabels([count([290, 100])], view, [own, other]);
		expect(c!.anchor).toBe('middle');
		expect(c!.text).toBe('more than 12,000');
		expect(c!.box[1]).toBeGreaterThanOrEqual(108);
		expectClean([c!], view, [own, other]);
		// In a wider view with above and below taken: the words fit nowhere, the signs do, right of the box.
		const wide: Box = [0, 0, 420, 300];
		const band: Box[] = [own, other, [0, 0, 420, 91], [0, 109, 420, 300]];
		const [s] = placeLabels([count([290, 100])], wide, band);
		expect(s!.text).toBe('> 12,000');
		expect(s!.anchor).toBe('start');
		expectClean([s!], wide, band);
		// Nowhere free, in either form: left out rather than drawn over another mark.
		expect(placeLabels([count([300, 100])], view, [[0, 0, 375, 300]])).toEqual([]);
	});
});

describe('placeLabels where the part that shows is not known (a poster in the server’s HTML)', () => {
	it('tries the sides towards the centre first, so a label whose anchor shows is whole at any box size', () => {
		expect(inwardOrder([900, 400], [800, 500])[0]).toBe('left');
		expect(inwardOrder([700, 600], [800, 500])[0]).toBe('right');
		expect(inwardOrder([900, 400], [800, 500], ['right', 'left', 'below', 'above'])).toEqual(['left', 'below', 'above', 'right']);
		const frame: Box = [0, 0, 1600, 1000];
		const centre: [number, number] = [800, 500];
		const placed = placeLabels([name('e', 'Estrella del Mar', [975, 500]), name('w', 'Westmoor', [630, 520])], frame, [], centre);
		// Whatever box shows the frame's middle: any that shows the anchor (with a dot's margin) shows the label whole.
		for (const half of [180, 200, 320, 640]) {
			for (const l of placed) {
				const anchorShows = Math.abs(l.at[0] - centre[0]) <= half - 5 && Math.abs(l.at[1] - centre[1]) <= half - 5;
				const whole = l.box[0] >= centre[0] - half && l.box[2] <= centre[0] + half;
				if (anchorShows) expect(whole, `${l.id} at half-width ${half}`).toBe(true);
			}
		}
	});
	it('hides, in CSS, a label the map box would cut: by how far it would stick out', () => {
		const css = cutCss([900, 490, 980, 505], [800, 500]);
		expect(css).toBe('translateX(calc(max(0px, 181.0px - 50cqw, 11.0px - 50cqh) * 1000))');
	});
});

describe('placeMapLabels: every label in one pass', () => {
	it('names a key city before a count takes its spot, keeps the count clear of dimmed symbols, and lets no country be named twice', () => {
		const view: Box = [0, 0, 300, 200];
		const unit: Box = [137, 92, 163, 108];
		const dim: Box = [150, 112, 240, 140];
		const count: LabelCandidate = { id: 'dep', text: '> 12,000', at: [150, 100], size: 13, priority: COUNT_PRIORITY, gap: 18, gapY: 11, spots: COUNT_SPOTS, avoid: [dim] };
		const r = placeMapLabels({
			places: [
				{ id: 'city', name: 'Kestrel', at: [150, 84], priority: labelPriority(3, false, false) },
				{ id: 'land', name: 'Nordia', at: [40, 40], priority: labelPriority(2, true, false), country: 'ND' }
			],
			counts: [count],
			edges: [{ id: 'far', name: 'Farhaven', at: [290, 20] }],
			countries: [
				{ id: 'country-nd', country: 'ND', text: 'NORDIA', at: [60, 160], size: 11, priority: 5, gap: 0 },
				{ id: 'country-sd', country: 'SD', text: 'SUDIA', at: [240, 170], size: 11, priority: 5, gap: 0 }
			],
			taken: [unit, [145, 79, 155, 89]],
			view,
			inward: null,
			scale: 1
		});
		expect(r.places.map((l) => l.id).sort()).toEqual(['city', 'edge:far', 'land']);
		// The city's name took its first choice (right of its dot); the count went elsewhere, clear of it and of the dimmed box.
		expect(r.places.find((l) => l.id === 'city')!.anchor).toBe('start');
		const c = r.counts.get('dep')!;
		expect(c).toBeDefined();
		expect(meet(c.box, dim)).toBe(false);
		for (const l of r.places) expect(meet(c.box, l.box), l.id).toBe(false);
		// Nordia is named by its point: the basemap does not name it again; Sudia it does.
		expect(r.countries.map((l) => l.id)).toEqual(['country-sd']);
		expectClean([...r.places, c, ...r.countries], view, [unit]);
	});
});
