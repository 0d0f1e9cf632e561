/** Publish: builds the static site, streaming its progress as JSON lines, then what changed. */
import type { RequestHandler } from '@sveltejs/kit';
import { json } from '@sveltejs/kit';
import { building, diff, fingerprint, lastBuild, runBuild, setLastBuild } from '../../../lib/server/build';

/** The last build's outcome (and whether one is running): a page opened or reloaded later shows it. */
export const GET: RequestHandler = () => json({ building: building(), last: lastBuild() });

export const POST: RequestHandler = async () => {
	if (building()) return new Response(JSON.stringify({ message: 'A build is already running.' }), { status: 409, headers: { 'content-type': 'application/json' } });
	const enc = new TextEncoder();
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			let open = true;
			// The editor may reload or leave mid-build: the build goes on, and its outcome is kept for GET.
			const send = (o: object) => {
				if (!open) return;
				try {
					controller.enqueue(enc.encode(`${JSON.stringify(o)}\n`));
				} catch {
					open = false;
				}
			};
			const before = fingerprint();
			const t0 = performance.now();
			let last = 0;
			const r = await runBuild((step, steps, label, line) => {
				const now = performance.now();
				if (now - last > 150) {
					last = now;
					send({ stage: label, step, steps, line: line.slice(0, 200) });
				}
			});
			const seconds = Math.round((performance.now() - t0) / 100) / 10;
			const outcome = r.ok
				? { stage: 'done', seconds, changes: diff(before, fingerprint()), at: new Date().toISOString() }
				: { stage: 'error', message: `The build failed (exit ${r.code}).`, tail: r.tail.slice(-25), seconds, at: new Date().toISOString() };
			setLastBuild(outcome);
			send(outcome);
			if (open) {
				try {
					controller.close();
				} catch {
					/* already gone */
				}
			}
		}
	});
	return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
};
