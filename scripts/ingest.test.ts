/**
 * The ingest CLI's promises to an editor (issue #22): --merge proposes and never overwrites the
 * reviewed story, the proposal keeps every curated byte, and bad output paths are refused before
 * any work, in one line, with no stack trace.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPORTS = ['000_164c015657e03c97.txt', '001_d1360876c427cb5c.txt', '002_bf88eff48b163dbf.txt', '003_7e7b543faa4bf352.txt', '004_cbd55dd6f3782fc3.txt'].map((f) => `geo/reports/${f}`);
const CURATED = 'geo/stories/riyadh-talks-2025.json';

const ingest = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** True when the lines of `a` appear in `b` in order, each unchanged (b only adds lines). */
function onlyAdds(a: string, b: string): boolean {
	const bl = b.split('\n');
	let j = 0;
	for (const line of a.split('\n')) {
		while (j < bl.length && bl[j] !== line) j++;
		if (j++ >= bl.length) return false;
	}
	return true;
}

describe('npm run ingest -- --merge', { timeout: 120_000 }, () => {
	it('refuses --out equal to --merge, before any work, and leaves the story as it was', () => {
		const story = join(dir, 'story.json');
		copyFileSync(CURATED, story);
		const before = statSync(story).mtimeMs;
		const r = ingest(...REPORTS, '--merge', story, '--out', story);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/--out is the curated story given to --merge/);
		expect(r.stderr).not.toMatch(/drafting|\n\s+at /);
		expect(readFileSync(story, 'utf8')).toBe(readFileSync(CURATED, 'utf8'));
		expect(statSync(story).mtimeMs).toBe(before);
		expect(existsSync(join(dir, 'story.drafts.json'))).toBe(false);
	});

	it('refuses --out among the published stories (its sidecar would break check:stories)', () => {
		const out = 'geo/stories/draft-from-test.json';
		const r = ingest(...REPORTS, '--out', out);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/among the published stories/);
		expect(existsSync(out)).toBe(false);
		expect(existsSync('geo/stories/draft-from-test.drafts.json')).toBe(false);
	});

	it('checks the output folder before the work: one line, no stack trace', () => {
		const r = ingest(...REPORTS, '--out', join(dir, 'no-such-folder', 'draft.json'));
		expect(r.status).toBe(2);
		expect(r.stderr.trim()).toMatch(/^ingest: cannot write .*draft\.json: the folder .*no-such-folder does not exist \(create it first\)$/);
	});

	it('writes a proposal elsewhere that keeps every curated line, after printing the review', () => {
		const story = join(dir, 'curated.json');
		copyFileSync(CURATED, story);
		const text = readFileSync(story, 'utf8');
		const out = join(dir, 'proposal.json');
		const r = ingest(...REPORTS, '--merge', story, '--out', out);
		expect(r.stderr).not.toMatch(/\n\s+at /);
		expect(r.status).toBe(0);
		expect(readFileSync(story, 'utf8')).toBe(text);
		expect(r.stdout).toMatch(/^Review of the draft against .*curated\.json \(not changed\):\nplaces: \d+ added/m);
		const proposal = readFileSync(out, 'utf8');
		expect(proposal.length).toBeGreaterThan(text.length);
		// Untouched items byte-identical: no default fields, no reordered keys, same number format.
		expect(onlyAdds(text, proposal)).toBe(true);
		const drafts = JSON.parse(readFileSync(join(dir, 'proposal.drafts.json'), 'utf8')) as { items: Record<string, unknown> };
		const curatedIds = new Set((JSON.parse(text) as { events: Array<{ id: string }> }).events.map((e) => `event:${e.id}`));
		expect(Object.keys(drafts.items).some((k) => curatedIds.has(k))).toBe(false);
	});
});
