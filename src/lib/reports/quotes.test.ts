import { describe, expect, it } from 'vitest';
import { markQuotes, quoteAnchor, reportPage } from './quotes';

describe('quotes in a report', () => {
	const text = 'RIYADH — Talks began. Rubio met Lavrov. They spoke for hours. Rubio met Lavrov.';
	it('marks each quoted sentence once, in order, and keeps every character', () => {
		const runs = markQuotes(text, ['Rubio met Lavrov.', 'Talks began.', 'not in the text']);
		expect(runs.map((r) => r.text).join('')).toBe(text);
		expect(runs.filter((r) => r.anchors).map((r) => r.text)).toEqual(['Talks began.', 'Rubio met Lavrov.']);
		expect(runs[1]!.anchors).toEqual([quoteAnchor('Talks began.')]);
	});
	it('joins overlapping quotes into one run with both anchors', () => {
		const runs = markQuotes(text, ['Rubio met Lavrov. They spoke', 'They spoke for hours.']);
		const marked = runs.filter((r) => r.anchors);
		expect(marked).toHaveLength(1);
		expect(marked[0]!.text).toBe('Rubio met Lavrov. They spoke for hours.');
		expect(marked[0]!.anchors).toHaveLength(2);
	});
	it('gives stable, id-safe anchors and page names', () => {
		expect(quoteAnchor('Trump’s envoy')).toBe(quoteAnchor('Trump’s envoy'));
		expect(quoteAnchor('a')).not.toBe(quoteAnchor('b'));
		expect(quoteAnchor('<script>"x"</script>')).toMatch(/^q-[0-9a-z]+$/);
		expect(reportPage('000_164c015657e03c97.txt')).toBe('000_164c015657e03c97');
	});
});
