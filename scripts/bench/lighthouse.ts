/**
 * npm run bench:lighthouse [-- --runs=3]
 *
 * Lighthouse (the npm package, its default mobile preset with simulated throttling, the
 * performance category) against the built site served on loopback, for the embed and the
 * story page: score, FCP, LCP, TBT, CLS and speed index, the median of `runs` runs.
 * Lighthouse is pinned but not a dependency of the project (it is 185 MB with its own
 * browser tooling, and no test needs it): npx fetches that version once into npm's cache.
 * Lighthouse 13 needs Node 22, so 12.8 is used, which runs on Node 20 as well.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/browser';
import { serveStatic } from './serve';

export const LIGHTHOUSE = 'lighthouse@12.8.2';
export const TARGETS = { score: 95, tbt: 100, cls: 0.02 };

export interface LighthouseResult {
	page: string;
	score: number;
	fcp: number;
	lcp: number;
	tbt: number;
	cls: number;
	si: number;
}

// Not execFileSync: the static server runs in this process and must keep answering.
async function once(url: string, out: string): Promise<Omit<LighthouseResult, 'page'>> {
	await promisify(execFile)(
		'npx',
		['--yes', LIGHTHOUSE, url, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet', `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')} --disable-dev-shm-usage`],
		{ env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 << 20 }
	);
	const r = JSON.parse(readFileSync(out, 'utf8'));
	const v = (k: string) => r.audits[k]?.numericValue as number;
	return { score: Math.round(r.categories.performance.score * 100), fcp: v('first-contentful-paint'), lcp: v('largest-contentful-paint'), tbt: v('total-blocking-time'), cls: v('cumulative-layout-shift'), si: v('speed-index') };
}

/** The run with the median score of `runs`, per page. */
export async function lighthouse(pages: [string, string][], runs = 3, base?: string): Promise<LighthouseResult[]> {
	mkdirSync('tmp/lighthouse', { recursive: true });
	const served = base ? null : await serveStatic();
	const origin = base ?? served!.url;
	try {
		const out: LighthouseResult[] = [];
		for (const [label, path] of pages) {
			const all = [];
			for (let i = 0; i < runs; i++) all.push(await once(origin + path, `tmp/lighthouse/${label.replace(/\W+/g, '-')}-${i}.json`));
			all.sort((a, b) => a.score - b.score);
			out.push({ page: label, ...all[Math.floor(all.length / 2)]! });
		}
		return out;
	} finally {
		served?.server.close();
	}
}

export function rows(results: LighthouseResult[]): (string | number)[][] {
	const ok = (r: LighthouseResult) => r.score >= TARGETS.score && r.tbt <= TARGETS.tbt && r.cls <= TARGETS.cls;
	return results.map((r) => [r.page, r.score, Math.round(r.fcp), Math.round(r.lcp), Math.round(r.tbt), r.cls.toFixed(3), Math.round(r.si), ok(r) ? 'met ✓' : 'missed ✗']);
}
export const HEAD = ['page', 'score', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'speed index ms', `target (≥ ${TARGETS.score}, TBT ≤ ${TARGETS.tbt} ms, CLS ≤ ${TARGETS.cls})`];

if (import.meta.url === `file://${process.argv[1]}`) {
	const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
	const results = await lighthouse([['embed', '/stories/riyadh-talks-2025/embed/'], ['story page', '/stories/riyadh-talks-2025/']], runs);
	console.table(rows(results).map((r) => Object.fromEntries(HEAD.map((h, i) => [h, r[i]]))));
}
