/**
 * A report's text cut into runs, with the sentences the stories quote marked, so the report page
 * can show each quote in its context. Each quote gets a stable anchor from its text alone: the
 * panel links to /reports/<name>/#<anchor> and the browser scrolls to and highlights it (CSS
 * :target), with no script, in every browser.
 */

/** `q-` and a base-36 FNV-1a hash of the quote: short, stable across builds, the same on both sides. */
export function quoteAnchor(quote: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < quote.length; i++) {
		h ^= quote.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return `q-${h.toString(36)}`;
}

/** The page of a report file: /reports/<name>/ for <name>.txt. */
export function reportPage(file: string): string {
	return file.replace(/\.txt$/, '');
}

export interface Run {
	text: string;
	/** Anchors of the quotes this run is (or starts); absent for plain text. */
	anchors?: string[];
}

/**
 * Runs of `text` in order, each quoted sentence its own run. A quote found more than once is
 * marked at its first place; quotes that overlap are joined into one run that carries every
 * anchor. Quotes not in the text are left out (check:stories reports them).
 */
export function markQuotes(text: string, quotes: Iterable<string>): Run[] {
	const spans: Array<{ start: number; end: number; anchors: string[] }> = [];
	for (const q of new Set(quotes)) {
		if (!q) continue;
		const start = text.indexOf(q);
		if (start >= 0) spans.push({ start, end: start + q.length, anchors: [quoteAnchor(q)] });
	}
	spans.sort((a, b) => a.start - b.start || b.end - a.end);
	const merged: typeof spans = [];
	for (const s of spans) {
		const last = merged[merged.length - 1];
		if (last && s.start < last.end) {
			last.end = Math.max(last.end, s.end);
			last.anchors.push(...s.anchors);
		} else merged.push({ ...s, anchors: [...s.anchors] });
	}
	const runs: Run[] = [];
	let at = 0;
	for (const s of merged) {
		if (s.start > at) runs.push({ text: text.slice(at, s.start) });
		runs.push({ text: text.slice(s.start, s.end), anchors: s.anchors });
		at = s.end;
	}
	if (at < text.length) runs.push({ text: text.slice(at) });
	return runs;
}
