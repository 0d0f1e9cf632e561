/**
 * Robustness: 1,000 seeded mutations of the flagship story. Whatever a file holds, the
 * validator answers with a story or with faults that name a JSON path, and never throws;
 * a story it accepts renders its text as text (no element or handler comes from the data).
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { readdirSync, readFileSync } from 'node:fs';
import { validateStory } from './validate';
import { indexStory } from './model';
import { rng } from './synthetic';
import { buildMarks } from '$lib/overlays/marks';
import { projector, webMercator } from '$lib/map/d3-projection';
import Overlay from '$lib/overlays/Overlay.svg.svelte';
import EventDetail from '$lib/panel/EventDetail.svelte';
import PlaceDetail from '$lib/panel/PlaceDetail.svelte';

const FLAGSHIP = readFileSync('geo/stories/riyadh-talks-2025.json', 'utf8');
const REPORTS = new Map(readdirSync('geo/reports').filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(`geo/reports/${f}`, 'utf8')]));
const HOSTILE = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'javascript:alert(1)', '"><svg onload=alert(1)>', "'; DROP TABLE events; --", '\u202Eevil', '{{constructor.constructor("alert(1)")()}}'];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value in the tree, so a mutation can pick one at random. */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []) {
	out.push(at);
	if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
	else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
	return out;
}

function mutate(seed: number): { value: Json; what: string } {
	const random = rng(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
	const value = JSON.parse(FLAGSHIP) as Json;
	const all = paths(value).filter((p) => p.length > 0);
	const path = pick(all);
	const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], value);
	const key = path[path.length - 1]!;
	const old = parent[key];
	const ops: [string, () => void][] = [
		['wrong type', () => (parent[key] = pick([42, 'text', true, null, [], {}] as Json[]))],
		['missing', () => (Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key])],
		['NaN', () => (parent[key] = NaN)],
		['out of range', () => (parent[key] = pick([1e9, -1e9, 181, -91, Infinity]))],
		['huge string', () => (parent[key] = 'x'.repeat(100_000))],
		['hostile text', () => (parent[key] = typeof old === 'string' ? pick(HOSTILE) + old : pick(HOSTILE))],
		['duplicate id', () => {
			const events = (value as any).events;
			events.push(structuredClone(events[Math.floor(random() * events.length)]));
		}],
		['antimeridian flow', () => {
			const places = (value as any).places;
			places[0].coordinates = [179.9, 10];
			places[1].coordinates = [-179.9, -10];
		}],
		['coordinates', () => {
			const p = pick((value as any).places as any[]);
			p.coordinates = pick([[NaN, 0], [0, 90], [200, 0], [0], 'here', [-180, -85], [180, 85]]);
		}]
	];
	const [what, op] = pick(ops);
	op();
	return { value: JSON.parse(JSON.stringify(value, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? v : v))) as Json, what: `${what} at $.${path.join('.')}` };
}

/**
 * The elements and attributes of server-rendered markup, read as a browser would (quoted
 * attribute values skipped), so text that merely mentions `<img … onerror=…>` is not flagged.
 */
function tags(html: string): { name: string; attrs: [string, string][] }[] {
	const out: { name: string; attrs: [string, string][] }[] = [];
	const re = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:="[^"]*"|='[^']*'|=[^\s>]+)?)*)\s*\/?>/g;
	for (const m of html.matchAll(re)) {
		const attrs: [string, string][] = [];
		for (const a of m[2]!.matchAll(/\s+([^\s=>/]+)(?:="([^"]*)"|='([^']*)'|=([^\s>]+))?/g)) attrs.push([a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '']);
		out.push({ name: m[1]!.toLowerCase(), attrs });
	}
	return out;
}

/** No element, handler or script URL comes from the data. */
function assertInert(html: string) {
	for (const t of tags(html)) {
		expect(['img', 'script', 'iframe', 'object', 'embed']).not.toContain(t.name);
		for (const [name, value] of t.attrs) {
			expect(name.startsWith('on'), `${t.name} has ${name}`).toBe(false);
			if (name === 'href' || name === 'src' || name === 'xlink:href') expect(value.trim().toLowerCase().startsWith('javascript:')).toBe(false);
		}
	}
}

describe('1,000 seeded mutations of the flagship story', () => {
	it('are accepted or rejected with a JSON path, never thrown, and render inert', () => {
		let accepted = 0, rejected = 0, rendered = 0;
		for (let seed = 1; seed <= 1000; seed++) {
			const { value } = mutate(seed);
			let result: ReturnType<typeof validateStory>;
			expect(() => (result = validateStory('mutant.json', value, REPORTS))).not.toThrow();
			if (!result!.ok) {
				rejected++;
				for (const f of result!.faults) expect(f.path).toMatch(/^\$/);
				continue;
			}
			accepted++;
			// Render a sample of the accepted ones: every tenth, plus any with hostile text.
			const text = JSON.stringify(value);
			if (seed % 10 && !HOSTILE.some((h) => text.includes(h.slice(0, 8)))) continue;
			const s = result!.story;
			const index = indexStory(s);
			const marks = buildMarks(index);
			const project = projector(webMercator(s.camera, 1280, 800));
			assertInert(render(Overlay, { props: { marks, index, project, zoom: s.camera.zoom, width: 1280, height: 800 } }).body);
			for (const e of s.events.slice(0, 5)) assertInert(render(EventDetail, { props: { event: e, index, reports: new Map() } }).body);
			assertInert(render(PlaceDetail, { props: { place: s.places[0]!, index, reports: new Map() } }).body);
			rendered++;
		}
		expect(accepted + rejected).toBe(1000);
		expect(rejected).toBeGreaterThan(100);
		expect(accepted).toBeGreaterThan(100);
		expect(rendered).toBeGreaterThan(10);
	}, 60_000);
});
