/**
 * Seeded synthetic stories, for the benchmarks and the robustness tests: the same seed and
 * size always give the same story, and every story passes `validateStory` against the real
 * reports (its quotes are verbatim slices of them), so the page runs its normal code path.
 * The mix of kinds follows the flagship story; places are spread over the whole world so
 * that flows of every length, and some across the antimeridian, are drawn.
 */
import type { StoryInput } from './schema';
import type { ReportTexts } from './validate';

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
const KINDS = [
	['meeting', 0.33],
	['trade', 0.22],
	['visit', 0.17],
	['deployment', 0.15],
	['call', 0.08],
	['travel', 0.05]
] as const;
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
		let r = random();
		let kind: (typeof KINDS)[number][0] = 'meeting';
		for (const [k, p] of KINDS) {
			if (r < p) {
				kind = k;
				break;
			}
			r -= p;
		}
		const base = {
			id: `e-${i}`,
			title: `Synthetic ${kind} ${i}`,
			summary: `A generated ${kind} for the benchmarks.`,
			status: pick(STATUSES),
			date: day(),
			actors: actorIds(1 + Math.floor(random() * 3)),
			sources: sources()
		};
		const [from, to] = twoPlaces();
		switch (kind) {
			case 'meeting':
				events.push({ ...base, kind, place: to, participants: actorIds(1 + Math.floor(random() * 6)) });
				break;
			case 'call':
				events.push({ ...base, kind, from, to, participants: actorIds(2) });
				break;
			case 'visit':
			case 'travel':
				// One in ten arrivals has no stated origin: drawn as a short arrow into the place.
				events.push({ ...base, kind, who: actorIds(1), ...(random() < 0.1 ? {} : { from }), to });
				break;
			case 'deployment': {
				const n = Math.round(random() * 20_000);
				events.push({
					...base,
					kind,
					force: 'Generated forces',
					by: pick(actors).id,
					...(random() < 0.2 ? {} : { from }),
					to,
					...(random() < 0.5 ? { count: { text: `about ${n.toLocaleString('en')}`, value: n, qualifier: 'about' as const, unit: 'troops', sources: sources() } } : {})
				});
				break;
			}
			case 'trade':
				events.push({ ...base, kind, from, to, goods: pick(['oil', 'arms', 'money', 'minerals'] as const), what: 'generated goods' });
				break;
		}
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
