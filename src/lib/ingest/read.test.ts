import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkText, DEFAULT_MAX_BYTES, firstInvalidUtf8, parseMaxSize, readText } from './read';

const enc = new TextEncoder();
const bytes = (...parts: Array<string | number[]>) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...enc.encode(p)] : p)));

describe('locating the first bad UTF-8 byte', () => {
	it.each([
		['Latin-1 é', bytes('caf', [0xe9], ' au lait'), 3],
		['stray continuation byte', bytes('ab', [0x80], 'c'), 2],
		['truncated at the end', bytes('abc', [0xe2, 0x82]), 3],
		['overlong NUL', bytes('x', [0xc0, 0x80]), 1],
		['UTF-16 surrogate', bytes('x', [0xed, 0xa0, 0x80]), 1],
		['past U+10FFFF', bytes('x', [0xf4, 0x90, 0x80, 0x80]), 1],
		['after valid multi-byte text', bytes('Ar-Riyāḍ — “talks” 🙂', [0xff]), enc.encode('Ar-Riyāḍ — “talks” 🙂').length]
	])('%s', (_, b, at) => {
		expect(firstInvalidUtf8(b)).toBe(at);
		const r = checkText('f.txt', b);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toContain(`at offset ${at}`);
	});

	it('agrees with the platform decoder on 3,000 random byte strings', () => {
		let seed = 7;
		const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		for (let k = 0; k < 3000; k++) {
			const b = Uint8Array.from({ length: 1 + Math.floor(rand() * 12) }, () => (rand() < 0.5 ? 0x80 + Math.floor(rand() * 0x80) : Math.floor(rand() * 0x100)));
			let valid = true;
			try {
				new TextDecoder('utf-8', { fatal: true }).decode(b);
			} catch {
				valid = false;
			}
			expect(firstInvalidUtf8(b) === -1, [...b].map((x) => x.toString(16)).join(' ')).toBe(valid);
		}
	});

	it('names the line and column', () => {
		const r = checkText('f.txt', bytes('one\ntwo\nthr', [0xe9], 'e'));
		expect(r.ok || r.error).toMatch(/line 3, column 4/);
	});

	// Issue #22: the old search re-decoded a growing prefix per byte (173 s at 256 kB). In one pass
	// the geoparse CLI names the byte at the end of 4 MB at once; run apart, so that a search that
	// never ends is stopped (and fails) instead of hanging the test run.
	it('finds a bad byte at the end of 4 MB in one pass (geoparse CLI)', () => {
		const b = new Uint8Array(4 * 1024 * 1024).fill(0x61);
		for (let i = 79; i < b.length; i += 80) b[i] = 0x0a;
		b[b.length - 2] = 0xe9;
		const dir = mkdtempSync(join(tmpdir(), 'read-big-'));
		try {
			writeFileSync(join(dir, 'big.txt'), b);
			const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/geoparse.ts', join(dir, 'big.txt')], { encoding: 'utf8', timeout: 60_000 });
			expect(r.signal).toBeNull();
			expect(r.status).toBe(1);
			expect(r.stderr).toContain(`big.txt: not valid UTF-8 (byte 0xe9 at offset ${b.length - 2}, line ${Math.ceil((b.length - 1) / 80)}`);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 90_000);
});

describe('the per-file size limit', () => {
	const dir = mkdtempSync(join(tmpdir(), 'read-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('is at least 5 MB by default', () => {
		expect(DEFAULT_MAX_BYTES).toBeGreaterThanOrEqual(5 * 1024 * 1024);
	});

	it('refuses a larger file with a clear message, and reads it when lifted', () => {
		const f = join(dir, 'big.txt');
		writeFileSync(f, 'Talks in Riyadh. '.repeat(Math.ceil((DEFAULT_MAX_BYTES + 1) / 17)));
		const r = readText(f);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(/big\.txt: 10 MB, over the 10 MB limit for one report.*--max-size/);
		expect(readText(f, 0).ok).toBe(true);
		expect(readText(f, 20 * 1024 * 1024).ok).toBe(true);
	});

	it('reads --max-size in megabytes', () => {
		expect(parseMaxSize(undefined)).toBe(DEFAULT_MAX_BYTES);
		expect(parseMaxSize('25')).toBe(25 * 1024 * 1024);
		expect(parseMaxSize('0')).toBe(0);
		expect(parseMaxSize('lots')).toMatch(/--max-size takes a number/);
	});
});
