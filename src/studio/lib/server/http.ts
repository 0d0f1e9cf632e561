/** JSON in and out for the studio's API, with the studio's errors as clear messages. */
import { error, json } from '@sveltejs/kit';
import { Conflict } from './store';

export async function body<T>(request: Request, max = 2_000_000): Promise<T> {
	const text = await request.text();
	if (text.length > max) error(413, `The request is too large (${text.length} bytes).`);
	try {
		return JSON.parse(text) as T;
	} catch {
		error(400, 'The request is not JSON.');
	}
}

/** Runs a studio operation: a conflict is a 409 with its message, anything else passes through. */
export async function guarded(fn: () => Promise<Response>): Promise<Response> {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof Conflict) return json({ message: e.message, conflict: true }, { status: 409 });
		throw e;
	}
}

export function baseRev(b: { baseRev?: unknown }): number {
	if (typeof b.baseRev !== 'number' || !Number.isInteger(b.baseRev)) error(400, 'baseRev (the revision you edited) is missing.');
	return b.baseRev;
}
