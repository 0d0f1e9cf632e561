import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const run = (dir: string) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-stories.ts', dir], { encoding: 'utf8', timeout: 60_000 });

describe('npm run check:stories', () => {
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
});
