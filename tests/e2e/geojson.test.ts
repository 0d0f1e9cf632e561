/** The GeoJSON download, as served by the built site, checked by a GeoJSON validator from the registry. */
import { describe, expect, inject, it } from 'vitest';
import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection } from 'geojson';
import { STORY, reportText } from './helpers';

const base = inject('baseURL');

describe('/stories/riyadh-talks-2025.geojson', () => {
	it('is valid RFC 7946 with one feature per place and per event, each citing verbatim quotes', async () => {
		const res = await fetch(`${base}/stories/riyadh-talks-2025.geojson`);
		expect(res.status).toBe(200);
		const text = await res.text();
		const checked = check(text); // throws with the faults when invalid
		expect(checked.type).toBe('FeatureCollection');
		const fc = checked as FeatureCollection;
		expect(fc.features.length).toBe(STORY.places.length + STORY.events.length);
		const kinds = new Set(['place', 'meeting', 'call', 'visit', 'travel', 'deployment', 'trade']);
		for (const f of fc.features) {
			const p = f.properties as any;
			expect(kinds.has(p.kind), p.id).toBe(true);
			expect(typeof p.id).toBe('string');
			if (p.kind === 'place' || p.kind === 'meeting') expect(f.geometry?.type).toBe('Point');
			if (p.kind !== 'place') {
				expect(p.status).toMatch(/happened|planned|postponed|proposed|cancelled/);
				expect(Array.isArray(p.actors)).toBe(true);
				expect(p.sources.length, p.id).toBeGreaterThan(0);
				expect(p.date ?? p.start ?? 'undated').toMatch(/^\d{4}-\d{2}-\d{2}$|undated/);
			}
			for (const s of p.sources) expect(reportText(s.report).includes(s.quote), `${p.id}: ${s.quote}`).toBe(true);
		}
		const nk = fc.features.find((f) => (f.properties as any).kind === 'deployment' && (f.properties as any).count >= 12000);
		expect(nk, 'the North Korean deployment with its stated count').toBeDefined();
		expect(nk!.geometry?.type).toMatch(/LineString/);
	});
});
