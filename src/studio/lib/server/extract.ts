/**
 * Reports in: the text of a pasted report or of a dropped .txt, .md or saved .html file, with
 * a clear message for what cannot be a report (binary, empty, huge, not UTF-8). Saved web
 * pages go through Mozilla's Readability (Firefox's reader view) on linkedom's DOM, so menus,
 * cookie banners and footers stay out; Markdown through mdast, so the text keeps its words
 * and loses its markup. Paragraphs become lines, as in the seed reports.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** A long report is a few thousand words; 400 KB of text is something else. */
export const MAX_REPORT_BYTES = 400_000;

export type Extracted = { ok: true; text: string; title?: string } | { ok: false; error: string };

const KINDS = ['txt', 'md', 'html'] as const;
export type SourceKind = (typeof KINDS)[number];

export function kindOf(name: string): SourceKind | null {
	const ext = name.toLowerCase().split('.').pop() ?? '';
	if (ext === 'txt' || ext === 'text') return 'txt';
	if (ext === 'md' || ext === 'markdown') return 'md';
	if (ext === 'html' || ext === 'htm') return 'html';
	return null;
}

export function extractReport(bytes: Uint8Array, kind: SourceKind, name = 'the text'): Extracted {
	if (bytes.length === 0) return { ok: false, error: `${name} is empty.` };
	if (bytes.length > MAX_REPORT_BYTES) {
		return { ok: false, error: `${name} is ${(bytes.length / 1e6).toFixed(1)} MB; a report can be at most ${MAX_REPORT_BYTES / 1000} KB. Paste the article's text instead.` };
	}
	if (bytes.subarray(0, 8000).includes(0)) return { ok: false, error: `${name} is not text (it holds binary data): save the article as .txt, .md or .html.` };
	let raw: string;
	try {
		raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, error: `${name} is not UTF-8 text. Save it as UTF-8 (most editors offer it under "Save as… / Encoding") and add it again.` };
	}
	if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
	let out: { text: string; title?: string };
	try {
		out = kind === 'html' ? fromHtml(raw) : kind === 'md' ? fromMd(raw) : { text: raw };
	} catch (e) {
		return { ok: false, error: `${name} could not be read as ${kind.toUpperCase()}: ${(e as Error).message}` };
	}
	const text = tidy(out.text);
	if (!/\p{L}{2}/u.test(text)) return { ok: false, error: `${name} has no words in it.` };
	return { ok: true, text, ...(out.title ? { title: out.title } : {}) };
}

/** Line ends as \n, no trailing spaces, at most one empty line in a row, one final newline. */
export function tidy(text: string): string {
	return `${text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((l) => l.replace(/[ \t]+$/, ''))
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim()}\n`;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd';

function blockText(root: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null; querySelector(s: string): unknown }> }): string {
	const out: string[] = [];
	for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
		// A block inside another (a <p> in an <li>) is counted with its parent only.
		if (el.querySelector(BLOCKS)) continue;
		const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (t) out.push(t);
	}
	return out.join('\n');
}

function fromHtml(html: string): { text: string; title?: string } {
	const { document } = parseHTML(html);
	const title = (document.querySelector('title')?.textContent ?? '').trim() || undefined;
	const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
	if (article?.content) {
		const { document: doc } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
		const text = blockText(doc as unknown as Parameters<typeof blockText>[0]) || (article.textContent ?? '');
		return { text, title: article.title?.trim() || title };
	}
	const { document: again } = parseHTML(html);
	for (const el of Array.from(again.querySelectorAll('script, style, nav, header, footer, aside, noscript'))) el.remove();
	const body = again.querySelector('body');
	const text = body ? blockText(body as unknown as Parameters<typeof blockText>[0]) || (body.textContent ?? '') : '';
	return { text, title };
}

function fromMd(md: string): { text: string; title?: string } {
	const tree = fromMarkdown(md);
	const out: string[] = [];
	let title: string | undefined;
	const walk = (nodes: typeof tree.children) => {
		for (const n of nodes) {
			if (n.type === 'list' || n.type === 'blockquote') walk(n.children as typeof tree.children);
			else if (n.type === 'listItem') walk(n.children as typeof tree.children);
			else if (n.type === 'html' || n.type === 'thematicBreak' || n.type === 'definition') continue;
			else {
				const t = toString(n).replace(/\s*\n\s*/g, ' ').trim();
				if (n.type === 'heading' && !title) title = t;
				if (t) out.push(t);
			}
		}
	};
	walk(tree.children);
	return { text: out.join('\n'), title };
}

/** `Source: <outlet>, <date>, <URL>`: the line the news-dev reports begin with. */
export function parseSourceLine(text: string): { outlet?: string; date?: string; url?: string } | null {
	const m = /^Source:\s*(.+?)\s*(?:,\s*(\d{4}-\d{2}-\d{2}))?\s*(?:,\s*(https?:\/\/\S+))?\s*$/m.exec(text.split('\n', 1)[0] ?? '');
	if (!m) return null;
	return { outlet: m[1], date: m[2], url: m[3] };
}
