/** Publish: builds the static site, streaming its progress as JSON lines, then what changed. */
import type { RequestHandler } from '@sveltejs/kit';
import { building, diff, fingerprint, runBuild } from '../../../lib/server/build';

export const POST: RequestHandler = async () => {
	if (building()) return new Response(JSON.stringify({ message: 'A build is already running.' }), { status: 409, headers: { 'content-type': 'application/json' } });
	const enc = new TextEncoder();
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (o: object) => controller.enqueue(enc.encode(`${JSON.stringify(o)}\n`));
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
			if (!r.ok) send({ stage: 'error', message: `The build failed (exit ${r.code}).`, tail: r.tail.slice(-25), seconds });
			else send({ stage: 'done', seconds, changes: diff(before, fingerprint()) });
			controller.close();
		}
	});
	return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
};
