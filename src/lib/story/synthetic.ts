/**
 * Seeded synthetic stories, for the benchmarks and the robustness tests: the same seed and
 * size always give the same story, and every story passes `validateStory` against the real
 * reports (its quotes are verbatim slices of them), so the page runs its normal code path.
 * The mix of kinds follows the flagship story; places are spread over the whole world so
 * that flows of every length, and some across the antimeridian, are drawn.
 */
import type { StoryInput } from './schema';
import type { ReportTexts } from './validate';
import { FORMATS } from '../kinds/formats';

/** mulberry32: small, fast, and good enough to spread marks; not for anything secret. */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const COUNTRIES = ['US', 'RU', 'UA', 'SA', 'FR', 'TR', 'PL', 'KP', 'CN', 'BR', 'NG', 'AU', 'IN', 'JP', 'ZA', 'MX'];
// Drawn by weight, the most common first (the flagship's mix; the order keeps the stories
// the benchmarks were measured on).
const BY_WEIGHT = Object.entries(FORMATS).map(([kind, f]) => ({ kind, synthetic: f.synthetic })).sort((a, b) => b.synthetic.weight - a.synthetic.weight);
const TOTAL_WEIGHT = BY_WEIGHT.reduce((t, k) => t + k.synthetic.weight, 0);
const STATUSES = ['happened', 'happened', 'happened', 'happened', 'planned', 'postponed', 'proposed', 'cancelled'] as const;

/** Short verbatim quotes: the first words of each sentence of each report. */
function quotesOf(reports: ReportTexts): { report: string; quote: string }[] {
	const out: { report: string; quote: string }[] = [];
	for (const [report, text] of reports) {
		for (const sentence of text.split(/(?<=[.!?])\s+/)) {
			const words = sentence.trim().split(/\s+/).slice(0, 8).join(' ');
			// Keep what is verbatim after the split: single spaces only.
			if (words.length >= 12 && text.includes(words)) out.push({ report, quote: words });
		}
	}
	if (!out.length) throw new Error('synthetic: no usable sentences in the reports');
	return out;
}

export interface SyntheticOptions {
	events: number;
	seed?: number;
	/** Places grow with the square root of the events: a war has many events at a few hundred places. */
	places?: number;
	/** Days the events spread over: one timeline stop each. */
	days?: number;
	slug?: string;
}

export function syntheticStory(reports: ReportTexts, opts: SyntheticOptions): StoryInput {
	const random = rng(opts.seed ?? 7);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
	const nEvents = opts.events;
	const nPlaces = opts.places ?? Math.max(12, Math.min(600, Math.round(4 * Math.sqrt(nEvents))));
	const nDays = opts.days ?? Math.max(3, Math.min(180, Math.round(nEvents / 20)));
	const quotes = quotesOf(reports);
	const sources = () => [pick(quotes)];

	const places = Array.from({ length: nPlaces }, (_, i) => ({
		id: `p-${i}`,
		name: `Place ${i}`,
		// Rounded like real gazetteer coordinates; the latitude stays where people live.
		coordinates: [Math.round((random() * 358 - 179) * 1e4) / 1e4, Math.round((random() * 125 - 55) * 1e4) / 1e4] as [number, number],
		country: pick(COUNTRIES),
		type: 'city' as const
	}));
	const actors = Array.from({ length: 40 }, (_, i) => ({
		id: `a-${i}`,
		name: `Actor ${i}`,
		type: i < 16 ? ('state' as const) : ('person' as const),
		country: COUNTRIES[i % COUNTRIES.length]
	}));
	const start = Date.UTC(2025, 0, 1);
	const day = () => new Date(start + Math.floor(random() * nDays) * 86_400_000).toISOString().slice(0, 10);
	const placeId = () => `p-${Math.floor(random() * nPlaces)}`;
	const twoPlaces = (): [string, string] => {
		const a = placeId();
		let b = placeId();
		while (b === a) b = placeId();
		return [a, b];
	};
	const actorIds = (n: number) => {
		const set = new Set<string>();
		while (set.size < n) set.add(`a-${Math.floor(random() * actors.length)}`);
		return [...set];
	};

	const events: StoryInput['events'] = [];
	for (let i = 0; i < nEvents; i++) {
		let r = random() * TOTAL_WEIGHT;
		let kind = BY_WEIGHT[0]!;
		for (const k of BY_WEIGHT) {
			if (r < k.synthetic.weight) {
				kind = k;
				break;
			}
			r -= k.synthetic.weight;
		}
		const base = {
			id: `e-${i}`,
			title: `Synthetic ${kind.kind} ${i}`,
			summary: `A generated ${kind.kind} for the benchmarks.`,
			status: pick(STATUSES),
			date: day(),
			actors: actorIds(1 + Math.floor(random() * 3)),
			sources: sources()
		};
		const [from, to] = twoPlaces();
		events.push(kind.synthetic.make(base, { random, pick, from, to, actorIds, actor: () => pick(actors).id, sources }) as StoryInput['events'][number]);
	}
	return {
		version: 1,
		slug: opts.slug ?? `synthetic-${nEvents}`,
		title: `Synthetic story: ${nEvents.toLocaleString('en')} events`,
		subtitle: `Generated with seed ${opts.seed ?? 7} for the benchmarks.`,
		language: 'en',
		updated: '2025-07-01',
		camera: { center: [10, 20], zoom: 0.75 },
		reports: [...reports.keys()],
		places,
		actors,
		events,
		scenes: []
	};
}
