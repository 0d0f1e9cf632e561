/**
 * Reading report files with clear errors: unreadable, empty, or not valid UTF-8.
 * Each file is read on its own, so one bad file never loses the others' results.
 */
import { readFileSync } from 'node:fs';

export type ReadResult = { ok: true; path: string; text: string } | { ok: false; path: string; error: string };

/** Decode bytes as UTF-8, failing on invalid sequences; strips a leading byte-order mark. */
export function decodeUtf8(bytes: Uint8Array): string {
	const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function checkText(path: string, bytes: Uint8Array): ReadResult {
	if (bytes.length === 0) return { ok: false, path, error: `${path}: the file is empty` };
	let text: string;
	try {
		text = decodeUtf8(bytes);
	} catch {
		// Find the first bad byte for the message.
		let at = 0;
		for (let n = 1; n <= bytes.length; n++) {
			try {
				new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
				at = n;
			} catch {
				break;
			}
		}
		return { ok: false, path, error: `${path}: not valid UTF-8 (bad byte near offset ${at}); convert it with iconv -t UTF-8` };
	}
	if (!text.trim()) return { ok: false, path, error: `${path}: the file has no text (only whitespace)` };
	return { ok: true, path, text };
}

export function readText(path: string): ReadResult {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch (e) {
		const err = e as NodeJS.ErrnoException;
		const why =
			err.code === 'ENOENT'
				? 'no such file'
				: err.code === 'EACCES'
					? 'permission denied'
					: err.code === 'EISDIR'
						? 'is a directory'
						: err.message;
		return { ok: false, path, error: `${path}: cannot read (${why})` };
	}
	return checkText(path, bytes);
}
