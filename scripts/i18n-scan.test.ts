/**
 * The scan for interface text outside the messages (scripts/i18n-scan.ts). Its own cases
 * must hold; on the project it only reports until the wiring pass has moved every string
 * into the messages. Then set STRICT to true: from that commit on, a literal in a
 * component's markup fails the build.
 */
import { describe, expect, it } from 'vitest';
import { scanProject, scanSource } from './i18n-scan';

/** The one-line switch (docs/i18n.md): false reports, true fails on any finding. */
const STRICT = true;

const texts = (src: string) => scanSource(src).map((f) => `${f.kind}:${f.text}`);

describe('i18n scan', () => {
	it('finds text, text attributes and the literals an expression shows', () => {
		const src = `<script lang="ts">let open = $state(false); const label = 'not markup';</script>
<nav aria-label="Explore"><button title={open ? 'Close' : \`Open \${label}\`}>Filters</button></nav>
<img alt="A map" src="x.png" />
<p>{open ? 'Fewer' : 'More'} {' to '}</p>
<input placeholder="Search places" />
<svelte:head><title>{label} — News map</title><meta name="description" content="Present it in class" /></svelte:head>
<style>p::after { content: 'Not text'; }</style>`;
		expect(texts(src)).toEqual([
			'attribute:Explore',
			'expression:Close',
			'expression:Open',
			'text:Filters',
			'attribute:A map',
			'expression:Fewer',
			'expression:More',
			'expression:to',
			'attribute:Search places',
			'text:— News map',
			'attribute:Present it in class'
		]);
	});

	it('leaves alone what a reader never reads as words', () => {
		const src = `<script>let kind = 'call'; let m = { x: (s) => s };</script>
<button class="close" type="button" data-x="Hello there" aria-hidden="true">×</button>
<span>{' → '}</span><span>{n} / {count}</span>
{#if kind === 'meeting'}<circle r="3" />{/if}
<p>{m.x('Hello world')}</p>
<!-- i18n-ignore: a brand name, the same in every language -->
<p>Natural Earth</p>
<p>{data.story.title}</p>
<noscript><style>.note::after { content: 'Not text either'; }</style></noscript>`;
		expect(texts(src)).toEqual([]);
	});

	it('reports where it found each string', () => {
		const [f] = scanSource('<div>\n  <p>\n    Hello\n  </p></div>', 'x.svelte');
		expect(f).toMatchObject({ file: 'x.svelte', line: 2, column: 6, kind: 'text', text: 'Hello' });
	});

	it(`the project's components (${STRICT ? 'failing' : 'reporting only'})`, () => {
		const found = scanProject();
		const files = new Set(found.map((f) => f.file));
		console.log(`i18n scan: ${found.length} user-visible strings not from the messages, in ${files.size} components (npm run i18n:scan lists them)`);
		if (STRICT) expect(found.map((f) => `${f.file}:${f.line}:${f.column} ${f.text}`)).toEqual([]);
		else expect(Array.isArray(found)).toBe(true);
		// Parsing every component takes about a second, several on a loaded machine.
	}, 60_000);
});
