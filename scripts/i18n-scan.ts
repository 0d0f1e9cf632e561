/**
 * Finds user-visible text in components' markup that does not come from the messages
 * (messages/*.json through $lib/paraglide): text between tags, the text attributes a reader
 * or a screen reader meets (aria-label, title, alt, placeholder…), and string literals an
 * expression in the markup shows ({open ? 'Fewer' : 'More'}, aria-label={x ? 'Pause' : 'Play'}).
 *
 * Run: `npm run i18n:scan` (lists what it finds; exits 1 with --strict). The unit test
 * (scripts/i18n-scan.test.ts) runs the same scan; until the wiring pass is done it only
 * reports, and one constant there (STRICT) makes it fail. See docs/i18n.md.
 *
 * Not flagged: text with no letters ("×", "→", "·", numbers), whitespace, script and style,
 * literals compared or passed to functions (`status === 'planned'`, `sortBy('date')`), and a
 * node right after a comment starting with `i18n-ignore` (say why in the comment).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';

export interface Finding {
	file: string;
	line: number;
	column: number;
	kind: 'text' | 'attribute' | 'expression';
	text: string;
}

/** Attributes whose value a person reads or hears. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'alt', 'placeholder', 'label', 'summary']);
/** `content` is read only on these <meta> tags. */
const META_TEXT = /^(?:description|og:title|og:description|twitter:title|twitter:description|application-name)$/;
const WORDS = /\p{L}{2,}/u;

// svelte's modern AST, as far as this walk needs it.
type Node = { type: string; start: number; end: number; [k: string]: unknown };

function isNode(x: unknown): x is Node {
	return typeof x === 'object' && x !== null && typeof (x as Node).type === 'string';
}

/** String literals an expression shows: followed only through ?:, ||, ??, && and template/+ concatenation. */
function shownLiterals(e: unknown, out: Node[] = []): Node[] {
	if (!isNode(e)) return out;
	switch (e.type) {
		case 'Literal':
			if (typeof e.value === 'string') out.push(e);
			break;
		case 'TemplateLiteral':
			for (const q of e.quasis as Node[]) out.push(q);
			for (const x of e.expressions as Node[]) shownLiterals(x, out);
			break;
		case 'ConditionalExpression':
			shownLiterals(e.consequent, out);
			shownLiterals(e.alternate, out);
			break;
		case 'LogicalExpression':
			shownLiterals(e.left, out);
			shownLiterals(e.right, out);
			break;
		case 'BinaryExpression':
			if (e.operator === '+') {
				shownLiterals(e.left, out);
				shownLiterals(e.right, out);
			}
			break;
	}
	return out;
}

function literalText(n: Node): string {
	if (n.type === 'TemplateElement') return String((n.value as { cooked?: string; raw: string }).cooked ?? (n.value as { raw: string }).raw);
	return String(n.value);
}

export function scanSource(source: string, file = 'component.svelte'): Finding[] {
	const ast = parse(source, { modern: true }) as unknown as { fragment: Node };
	const findings: Finding[] = [];
	const lineStarts = [0];
	for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
	const at = (offset: number) => {
		let lo = 0;
		let hi = lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (lineStarts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
	};
	const report = (node: Node, kind: Finding['kind'], text: string) => {
		const t = text.replace(/\s+/g, ' ').trim();
		if (WORDS.test(t)) findings.push({ file, ...at(node.start), kind, text: t });
	};
	const expression = (tag: Node) => {
		for (const lit of shownLiterals(tag.expression)) report(lit, 'expression', literalText(lit));
	};

	function walkFragment(nodes: Node[]) {
		let ignoreNext = false;
		for (const n of nodes) {
			if (n.type === 'Comment') {
				if (/^\s*i18n-ignore\b/.test(String(n.data))) ignoreNext = true;
				continue;
			}
			if (n.type === 'Text' && !String(n.data).trim()) continue;
			if (ignoreNext) {
				ignoreNext = false;
				continue;
			}
			walk(n);
		}
	}

	function walk(n: Node) {
		switch (n.type) {
			case 'Text':
				report(n, 'text', String(n.data));
				return;
			case 'ExpressionTag':
				expression(n);
				return;
			case 'Attribute':
				return; // handled with their element
			case 'RegularElement':
				// A <style> or <script> inside markup (a <noscript>'s rules) holds code, not text.
				if (n.name === 'style' || n.name === 'script') return;
		}
		if (Array.isArray(n.attributes)) {
			const attrs = n.attributes as Node[];
			const metaName = attrs.find((a) => a.type === 'Attribute' && (a.name === 'name' || a.name === 'property'));
			const metaText = n.name === 'meta' && metaName && Array.isArray(metaName.value) && META_TEXT.test(String((metaName.value as Node[])[0]?.data ?? ''));
			for (const a of attrs) {
				if (a.type !== 'Attribute') continue;
				const name = String(a.name);
				if (!TEXT_ATTRIBUTES.has(name) && !(metaText && name === 'content')) continue;
				const parts = Array.isArray(a.value) ? (a.value as Node[]) : isNode(a.value) ? [a.value] : [];
				for (const p of parts) {
					if (p.type === 'Text') report(p, 'attribute', String(p.data));
					else if (p.type === 'ExpressionTag') expression(p);
				}
			}
		}
		for (const [key, value] of Object.entries(n)) {
			if (key === 'attributes' || key === 'expression' || key === 'metadata') continue;
			if (isNode(value) && value.type === 'Fragment') walkFragment(value.nodes as Node[]);
			else if (key === 'nodes' && Array.isArray(value)) walkFragment(value as Node[]);
		}
	}

	walkFragment(ast.fragment.nodes as Node[]);
	return findings;
}

function svelteFiles(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) {
			if (name !== 'paraglide') out.push(...svelteFiles(p));
		} else if (name.endsWith('.svelte')) out.push(p);
	}
	return out.sort();
}

/** Every component and route of the app (src/lib, src/routes), the test-harness routes left out. */
export function scanProject(root = process.cwd()): Finding[] {
	const files = [...svelteFiles(join(root, 'src/lib')), ...svelteFiles(join(root, 'src/routes'))].filter((f) => !f.includes(`${join('src', 'routes', 'tests')}`));
	return files.flatMap((f) => scanSource(readFileSync(f, 'utf8'), relative(root, f)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const strict = process.argv.includes('--strict');
	const found = scanProject();
	for (const f of found) console.log(`${f.file}:${f.line}:${f.column}  ${f.kind.padEnd(10)} ${JSON.stringify(f.text)}`);
	const files = new Set(found.map((f) => f.file)).size;
	console.log(`${found.length} user-visible strings not from the messages, in ${files} components`);
	if (strict && found.length) process.exit(1);
}
