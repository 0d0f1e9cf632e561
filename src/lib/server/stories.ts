/**
 * The stories and reports the site is built from, read from geo/ at build time. Any fault
 * in a story stops the build with the file and JSON path named: a broken story never ships.
 */
import { error } from '@sveltejs/kit';
import { parseJson, validateStory, formatFault } from '$lib/story/validate';
import { reportIndex, type ReportMeta, type Story } from '$lib/story/schema';

type Files = Record<string, string>;
// A test build (VITE_TEST_HARNESS: `npm run build:test`, which `npm test` runs) also publishes
// the story and report of tests/fixtures/hostile: data text that must not break a page (runs
// of 300 characters without a break, bidi overrides, right-to-left text, combining marks, emoji
// sequences), prerendered into every view for tests/e2e/hostile-text.test.ts. Any other build
// holds nothing of them (the branch is dropped at build time).
const hostile = import.meta.env.VITE_TEST_HARNESS
	? {
			stories: import.meta.glob('/tests/fixtures/hostile/stories/*.json', { query: '?raw', import: 'default', eager: true }) as Files,
			reports: import.meta.glob('/tests/fixtures/hostile/reports/*.txt', { query: '?raw', import: 'default', eager: true }) as Files,
			index: Object.values(import.meta.glob('/tests/fixtures/hostile/reports/index.json', { query: '?raw', import: 'default', eager: true }) as Files)
		}
	: { stories: {}, reports: {}, index: [] };

const storyFiles: Files = { ...(import.meta.glob('/geo/stories/*.json', { query: '?raw', import: 'default', eager: true }) as Files), ...hostile.stories };
const reportFiles: Files = { ...(import.meta.glob('/geo/reports/*.txt', { query: '?raw', import: 'default', eager: true }) as Files), ...hostile.reports };
const indexText = import.meta.glob('/geo/reports/index.json', { query: '?raw', import: 'default', eager: true }) as Files;

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export const reportTexts: ReadonlyMap<string, string> = new Map(
	Object.entries(reportFiles).map(([path, text]) => [baseName(path), text])
);

export const reportMeta: ReadonlyMap<string, ReportMeta> = (() => {
	const text = Object.values(indexText)[0];
	if (text === undefined) throw new Error('geo/reports/index.json is missing');
	const parsed = reportIndex.safeParse(JSON.parse(text));
	if (!parsed.success) throw new Error(`geo/reports/index.json: ${parsed.error.message}`);
	const extra = hostile.index.flatMap((t) => reportIndex.parse(JSON.parse(t)).reports);
	return new Map([...parsed.data.reports, ...extra].map((r) => [r.file, r]));
})();

function loadAll(): Map<string, Story> {
	const out = new Map<string, Story>();
	const problems: string[] = [];
	for (const [path, text] of Object.entries(storyFiles)) {
		const file = path.slice(1);
		const json = parseJson(file, text);
		const result = json.ok ? validateStory(file, json.value, reportTexts) : json;
		if (!result.ok) {
			problems.push(...result.faults.map(formatFault));
			continue;
		}
		if (baseName(path) !== `${result.story.slug}.json`) {
			problems.push(`${file}: $.slug: slug "${result.story.slug}" does not match the file name`);
			continue;
		}
		out.set(result.story.slug, result.story);
	}
	if (problems.length) throw new Error(`Invalid story data:\n${problems.join('\n')}`);
	return out;
}

let cache: Map<string, Story> | undefined;

export function stories(): Map<string, Story> {
	cache ??= loadAll();
	return cache;
}

export function getStory(slug: string): Story {
	const s = stories().get(slug);
	if (!s) error(404, `No story called "${slug}"`);
	return s;
}

/** The metadata of the reports a story cites, for the panel's source lines. */
export function reportsOf(story: Story): ReportMeta[] {
	return story.reports.map((file) => {
		const meta = reportMeta.get(file);
		if (!meta) throw new Error(`geo/reports/index.json has no entry for ${file}`);
		return meta;
	});
}
