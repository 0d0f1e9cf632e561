/** JSON lines from a streamed response (the draft's and the build's progress). */
export async function* readLines(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
	const reader = body.getReader();
	const decoder = new TextDecoder();
	let buf = '';
	for (;;) {
		const { value, done } = await reader.read();
		if (value) buf += decoder.decode(value, { stream: true });
		let nl: number;
		while ((nl = buf.indexOf('\n')) >= 0) {
			const line = buf.slice(0, nl).trim();
			buf = buf.slice(nl + 1);
			if (line) yield JSON.parse(line);
		}
		if (done) break;
	}
	if (buf.trim()) yield JSON.parse(buf);
}
