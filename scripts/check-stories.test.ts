import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (dir: string) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-stories.ts', dir], { encoding: 'utf8', timeout: 60_000 });

describe('npm run check:stories', { timeout: 60_000 }, () => {
	it('passes the shipped stories', () => {
		const r = run('geo');
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/riyadh-talks-2025\.json: ok — \d+ places/);
	});

	it('fails on bad stories, naming the file and the JSON path of each fault', () => {
		const r = run('tests/fixtures/bad-geo');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('tests/fixtures/bad-geo/stories/broken.json: $.places[1].coordinates[1]:');
		expect(r.stderr).toContain('tests/fixtures/bad-geo/stories/not-json.json: $: not valid JSON (line 4, column 2)');
		expect(r.stderr).toMatch(/faults? in story data/);
	});

	// Issue #22, failure 7: each of these gave a stack trace, or passed a story with a bad byte.
	describe('every I/O and encoding fault is one line naming the file', () => {
		const root = mkdtempSync(join(tmpdir(), 'check-stories-'));
		afterAll(() => rmSync(root, { recursive: true, force: true }));
		/** A copy of geo/ with one thing broken. */
		const geo = (name: string, breakIt: (dir: string) => void) => {
			const dir = join(root, name);
			cpSync('geo/reports', join(dir, 'reports'), { recursive: true });
			cpSync('geo/stories', join(dir, 'stories'), { recursive: true });
			breakIt(dir);
			return dir;
		};
		const STORY = 'stories/riyadh-talks-2025.json';
		const withByte = (file: string, find: string) => (dir: string) => {
			const bytes = readFileSync(join(dir, file));
			const at = bytes.indexOf(Buffer.from(find));
			bytes[at + 1] = 0xe9; // "R\xe9yadh": Latin-1, not UTF-8
			writeFileSync(join(dir, file), bytes);
		};
		it.each([
			['no index.json', (d: string) => rmSync(join(d, 'reports/index.json')), /reports\/index\.json: cannot read \(no such file or folder\)/],
			['no stories folder', (d: string) => rmSync(join(d, 'stories'), { recursive: true }), /\/stories: cannot list the stories \(no such file or folder\)/],
			['a folder named x.json', (d: string) => mkdirSync(join(d, 'stories/x.json')), /stories\/x\.json: is not a file/],
			['an invalid byte in a story', withByte(STORY, 'Riyadh'), /riyadh-talks-2025\.json: not valid UTF-8 \(byte 0xe9 at offset \d+, line \d+, column \d+\)/],
			['an invalid byte in a report', withByte('reports/000_164c015657e03c97.txt', 'the'), /000_164c015657e03c97\.txt: not valid UTF-8 \(byte 0xe9 at offset/],
			[
				'a report with no outlet and no word on why',
				(d: string) => {
					const file = join(d, 'reports/index.json');
					const index = JSON.parse(readFileSync(file, 'utf8')) as { reports: { file: string; publisherBasis?: string }[] };
					delete index.reports.find((r) => r.file === '003_7e7b543faa4bf352.txt')!.publisherBasis;
					writeFileSync(file, JSON.stringify(index));
				},
				/index\.json: report 003_7e7b543faa4bf352\.txt has no publisher, and no publisherBasis/
			]
		])('%s', (name, breakIt, message) => {
			const r = run(geo(name.replace(/\W+/g, '-'), breakIt));
			expect(r.status).toBe(1);
			expect(r.stderr).toMatch(message);
			expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
			expect(r.stderr).toMatch(/faults? in story data/);
		});
	});
});
