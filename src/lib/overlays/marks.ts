/**
 * From a story to the marks the overlay draws, in geographic coordinates. Built once per
 * story: everything here is static geometry (great-circle routes, slots around a place), so
 * the per-frame work is only projecting points and writing the SVG.
 */
import type { LonLat } from '$lib/geo/mercator';
import { eventPlaces, eventSources, type StoryIndex } from '$lib/story/model';
import type { Deployment, EventKind, Place, StoryEvent } from '$lib/story/schema';
import { geodesic } from '$lib/geo/greatcircle';

export interface PlaceMark {
	id: string;
	name: string;
	at: LonLat;
	/** How many events touch the place: bigger places win label collisions. */
	weight: number;
	place: Place;
}

export interface MeetingMark {
	id: string;
	event: StoryEvent & { kind: 'meeting' };
	at: LonLat;
	participants: number;
	/** Several meetings at one place sit around it: this one's slot of `of`. */
	slot: number;
	of: number;
}

export interface FlowMark {
	id: string;
	event: StoryEvent;
	kind: Exclude<EventKind, 'meeting' | 'deployment'> | 'deployment';
	/** The great circle between its places; a single point for an arrival whose origin no report states. */
	route: LonLat[];
	/** Sideways bend as a fraction of the chord; flows sharing two ends fan out. */
	bend: number;
	/** Arrivals at one place fan out around it: this one's slot of `of`. */
	slot: number;
	of: number;
}

export interface DeploymentMark {
	id: string;
	event: Deployment;
	at: LonLat;
	/** The route from its origin, when the reports give one. */
	route: LonLat[] | null;
	bend: number;
	label: string;
	slot: number;
	of: number;
}

export interface Marks {
	places: PlaceMark[];
	meetings: MeetingMark[];
	flows: FlowMark[];
	deployments: DeploymentMark[];
}

export function buildMarks(index: StoryIndex): Marks {
	const at = (id: string): LonLat => {
		const p = index.places.get(id);
		if (!p) throw new Error(`unknown place ${id}`);
		return p.coordinates;
	};

	const places: PlaceMark[] = index.story.places.map((p) => ({
		id: p.id,
		name: p.name,
		at: p.coordinates,
		weight: index.eventsByPlace.get(p.id)?.length ?? 0,
		place: p
	}));

	const meetingsAt = new Map<string, number>();
	const meetings: MeetingMark[] = [];
	const deploymentsAt = new Map<string, number>();
	const deployments: DeploymentMark[] = [];
	const flows: FlowMark[] = [];
	const arrivalsAt = new Map<string, number>();
	const pairCount = new Map<string, number>();
	const nextBend = (a: string, b: string) => {
		// Flows between the same two places fan out: 0.12, 0.22, 0.32… of the chord, each to
		// its own left, so A→B and B→A never overlap.
		const key = `${a}>${b}`;
		const n = pairCount.get(key) ?? 0;
		pairCount.set(key, n + 1);
		return 0.12 + 0.1 * n;
	};

	for (const e of index.story.events) {
		const ids = eventPlaces(e);
		if (e.kind === 'meeting') {
			const slot = meetingsAt.get(e.place) ?? 0;
			meetingsAt.set(e.place, slot + 1);
			meetings.push({ id: e.id, event: e, at: at(e.place), participants: e.participants.length, slot, of: 0 });
		} else if (e.kind === 'deployment') {
			const slot = deploymentsAt.get(e.to) ?? 0;
			deploymentsAt.set(e.to, slot + 1);
			deployments.push({
				id: e.id,
				event: e,
				at: at(e.to),
				route: e.from === undefined ? null : geodesic(at(e.from), at(e.to)),
				bend: e.from === undefined ? 0 : nextBend(e.from, e.to),
				label: deploymentLabel(e),
				slot,
				of: 0
			});
		} else if (ids.length === 1) {
			const slot = arrivalsAt.get(ids[0]!) ?? 0;
			arrivalsAt.set(ids[0]!, slot + 1);
			flows.push({ id: e.id, event: e, kind: e.kind, route: [at(ids[0]!)], bend: 0, slot, of: 0 });
		} else {
			const [a, b] = ids as [string, string];
			flows.push({ id: e.id, event: e, kind: e.kind, route: geodesic(at(a), at(b)), bend: nextBend(a, b), slot: 0, of: 1 });
		}
	}
	for (const f of flows) if (f.route.length === 1) f.of = arrivalsAt.get(eventPlaces(f.event)[0]!) ?? 1;
	for (const m of meetings) m.of = meetingsAt.get(m.event.place) ?? 1;
	for (const d of deployments) d.of = deploymentsAt.get(d.event.to) ?? 1;
	// Draw big meetings first so small ones stay clickable on top.
	meetings.sort((a, b) => b.participants - a.participants);
	return { places, meetings, flows, deployments };
}

/** "more than 12,000" when a count is stated, else the force in words. */
export function deploymentLabel(e: Deployment): string {
	return e.count ? e.count.text : '';
}

/** Where the k-th of n symbols at one place sits, in pixels from the place. */
export function slotOffset(slot: number, of: number, radius: number): [number, number] {
	if (of <= 1) return [0, 0];
	const angle = -Math.PI / 2 + (2 * Math.PI * slot) / of;
	return [Math.cos(angle) * radius, Math.sin(angle) * radius];
}

/** A sentence a screen reader can say for a mark. */
export function describeEvent(e: StoryEvent, index: StoryIndex): string {
	const names = eventPlaces(e).map((id) => index.places.get(id)?.name ?? id);
	const where = names.length === 2 ? `from ${names[0]} to ${names[1]}` : `in ${names[0]}`;
	const status = e.status === 'happened' ? '' : `, ${e.status}`;
	// A deployment's mark shows its count, so its accessible name starts with that visible
	// text (WCAG 2.5.3, label in name: speech users say what they see).
	const count = e.kind === 'deployment' && e.count ? `${e.count.text}: ` : '';
	const n = eventSources(e).length;
	return `${count}${e.title} (${e.kind} ${where}${status}; ${n} source${n === 1 ? '' : 's'})`;
}
