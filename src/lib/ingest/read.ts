/**
 * Reading report files with clear errors: unreadable, too large, empty, or not valid UTF-8.
 * Each file is read on its own, so one bad file never loses the others' results. Every step is
 * one pass over the bytes: a 20 MB file costs twenty times a 1 MB one, never more.
 */
import { readFileSync, statSync } from 'node:fs';

export type ReadResult = { ok: true; path: string; text: string } | { ok: false; path: string; error: string };

/**
 * The default per-file limit. A news report is tens of kilobytes; a file of many megabytes is
 * usually a mistake (a PDF, a dump), and its drafting takes minutes. `--max-size` lifts it.
 */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Decode bytes as UTF-8, failing on invalid sequences; strips a leading byte-order mark. */
export function decodeUtf8(bytes: Uint8Array): string {
	const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The offset of the first byte that starts no valid UTF-8 sequence (the lead byte of a broken
 * or truncated one, or a stray continuation byte), or -1 when all bytes are valid. One pass,
 * by the ranges of the WHATWG decoder: no overlong forms, no surrogates, nothing past U+10FFFF.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	const n = bytes.length;
	const cont = (k: number, lo = 0x80, hi = 0xbf) => k < n && bytes[k]! >= lo && bytes[k]! <= hi;
	for (let i = 0; i < n; ) {
		const b = bytes[i]!;
		if (b < 0x80) i++;
		else if (b >= 0xc2 && b <= 0xdf) {
			if (!cont(i + 1)) return i;
			i += 2;
		} else if (b >= 0xe0 && b <= 0xef) {
			const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
			if (!cont(i + 1, lo, hi) || !cont(i + 2)) return i;
			i += 3;
		} else if (b >= 0xf0 && b <= 0xf4) {
			const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
			if (!cont(i + 1, lo, hi) || !cont(i + 2) || !cont(i + 3)) return i;
			i += 4;
		} else return i;
	}
	return -1;
}

/** Line and column (both from 1, the column in bytes) of a byte offset, for an editor's go-to. */
export function lineColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
		line++;
		start = i + 1;
	}
	return { line, column: offset - start + 1 };
}

/** Decodes as UTF-8 or says where the first bad byte is: `not valid UTF-8 (byte 0xe9 at offset 3, line 1, column 4)`. */
export function decodeOrLocate(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
	try {
		return { ok: true, text: decodeUtf8(bytes) };
	} catch {
		const at = firstInvalidUtf8(bytes);
		const { line, column } = lineColumn(bytes, at);
		const byte = at < bytes.length ? `byte 0x${bytes[at]!.toString(16).padStart(2, '0')}` : 'a truncated sequence';
		return { ok: false, error: `not valid UTF-8 (${byte} at offset ${at}, line ${line}, column ${column}); convert it with iconv -t UTF-8` };
	}
}

export function megabytes(bytes: number): string {
	if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} kB`;
	return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

export function tooLarge(path: string, size: number, maxBytes: number): string {
	return `${path}: ${megabytes(size)}, over the ${megabytes(maxBytes)} limit for one report (is it a report? --max-size <MB> lifts the limit, --max-size 0 removes it)`;
}

export function checkText(path: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
	if (bytes.length === 0) return { ok: false, path, error: `${path}: the file is empty` };
	if (maxBytes > 0 && bytes.length > maxBytes) return { ok: false, path, error: tooLarge(path, bytes.length, maxBytes) };
	const decoded = decodeOrLocate(bytes);
	if (!decoded.ok) return { ok: false, path, error: `${path}: ${decoded.error}` };
	if (!decoded.text.trim()) return { ok: false, path, error: `${path}: the file has no text (only whitespace)` };
	return { ok: true, path, text: decoded.text };
}

function ioError(path: string, e: unknown): ReadResult {
	const err = e as NodeJS.ErrnoException;
	const why =
		err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory' : err.message;
	return { ok: false, path, error: `${path}: cannot read (${why})` };
}

/** Reads and checks one report; the size is checked before the file is read. `maxBytes` 0: no limit. */
export function readText(path: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
	let bytes: Uint8Array;
	try {
		const st = statSync(path);
		if (st.isDirectory()) return { ok: false, path, error: `${path}: cannot read (is a directory)` };
		if (maxBytes > 0 && st.size > maxBytes) return { ok: false, path, error: tooLarge(path, st.size, maxBytes) };
		bytes = readFileSync(path);
	} catch (e) {
		return ioError(path, e);
	}
	return checkText(path, bytes, maxBytes);
}

/** `--max-size <MB>` as bytes (0: no limit), or an error message. */
export function parseMaxSize(value: string | undefined): number | string {
	if (value === undefined) return DEFAULT_MAX_BYTES;
	const mb = Number(value.replace(/\s*mb$/i, ''));
	if (!Number.isFinite(mb) || mb < 0) return `--max-size takes a number of megabytes (0 for no limit), not "${value}"`;
	return Math.round(mb * 1024 * 1024);
}
