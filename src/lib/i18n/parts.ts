/**
 * A message with markup ("{#kbd}Tab{/kbd}", "{#link}The page for {place}{/link}") as a tree
 * to render: translators place the tags, the component decides what each tag is. Tags the
 * interface does not know render as their text alone, so a translator's typo never shows
 * braces or breaks the page. Text is always text, never HTML.
 */

/** A part of a compiled message, as Paraglide's `message.parts()` returns them. */
export type MessagePart =
	| { type: 'text'; value: string }
	| { type: 'markup-start' | 'markup-end' | 'markup-standalone'; name: string; options?: Record<string, unknown>; attributes?: Record<string, unknown> };

export type MessageNode = { type: 'text'; value: string } | { type: 'tag'; name: string; children: MessageNode[] };

/** The parts as a tree; an unclosed tag closes at the end, a stray closing tag is ignored. */
export function messageTree(parts: readonly MessagePart[]): MessageNode[] {
	const root: MessageNode[] = [];
	const stack: { name: string; children: MessageNode[] }[] = [];
	const here = () => stack.at(-1)?.children ?? root;
	for (const p of parts) {
		if (p.type === 'text') {
			const into = here();
			const last = into.at(-1);
			if (last?.type === 'text') last.value += p.value;
			else into.push({ type: 'text', value: p.value });
		} else if (p.type === 'markup-start') {
			const node = { type: 'tag' as const, name: p.name, children: [] as MessageNode[] };
			here().push(node);
			stack.push(node);
		} else if (p.type === 'markup-standalone') {
			here().push({ type: 'tag', name: p.name, children: [] });
		} else {
			const at = stack.map((s) => s.name).lastIndexOf(p.name);
			if (at >= 0) stack.length = at;
		}
	}
	return root;
}

/** The plain text of a tree: what a message says with its tags taken away (an accessible name, a test). */
export function treeText(nodes: readonly MessageNode[]): string {
	return nodes.map((n) => (n.type === 'text' ? n.value : treeText(n.children))).join('');
}
