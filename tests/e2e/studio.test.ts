/**
 * The studio, end to end, against a copy of the project in a temporary folder (so nothing here
 * writes the real geo/ or build/): the whole path from a report to a built story page, then
 * what it must refuse — bad reports, slugs that climb out of geo/, cross-origin writes, a save
 * over someone else's — and a reload in the middle of an edit. The report is invented
 * (tests/e2e/fixtures/studio-report.txt).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { launch } from './browser';
import { validateStory } from '../../src/lib/story/validate';

const ROOT = resolve('.');
const FIXTURE = readFileSync('tests/e2e/fixtures/studio-report.txt', 'utf8');
let project: string;
let studio: ChildProcess;
let base: string;
let browser: Browser;

/** A copy of what the site is built from; node_modules linked, not copied. */
function copyProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'newsmap-studio-'));
	for (const f of ['src', 'scripts', 'server', 'static', 'geo']) cpSync(join(ROOT, f), join(dir, f), { recursive: true, filter: (p) => !p.includes('/static/_embed') && !p.includes('/static/_lib') });
	for (const f of ['package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json']) cpSync(join(ROOT, f), join(dir, f));
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

const geoSnapshot = (dir: string) =>
	Object.fromEntries(['stories', 'reports'].flatMap((d) => readdirSync(join(dir, 'geo', d)).map((f) => [`${d}/${f}`, readFileSync(join(dir, 'geo', d, f), 'utf8')])));

beforeAll(async () => {
	project = copyProject();
	studio = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/studio.ts', '--port', '0', '--project', project], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
	base = await new Promise<string>((ok, fail) => {
		let out = '';
		const timer = setTimeout(() => fail(new Error(`the studio did not start: ${out}`)), 90_000);
		const read = (b: Buffer) => {
			out += b.toString();
			const m = /Studio: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
			if (m) {
				clearTimeout(timer);
				ok(m[1]!);
			}
		};
		studio.stdout!.on('data', read);
		studio.stderr!.on('data', read);
	});
	browser = await launch();
	// The first visits compile the studio's pages on the dev server: done here, not mid-test.
	for (const path of ['/', '/stories/riyadh-talks-2025?tab=review']) {
		const { page } = await open(`${base}${path}`);
		await page.waitForLoadState('networkidle').catch(() => {});
		await page.close();
	}
}, 240_000);

afterAll(async () => {
	await browser?.close();
	studio?.kill('SIGTERM');
	if (project) rmSync(project, { recursive: true, force: true });
});

async function open(url: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; errors: string[] }> {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	page.on('close', () => context.close().catch(() => {}));
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(url);
	await page.waitForSelector('html[data-studio-ready]', { timeout: 60_000 }).catch(() => {});
	return { page, errors };
}

/** A request as a script would send it (same origin by the X-Studio header). */
const api = (path: string, init: RequestInit = {}) =>
	fetch(`${base}${path}`, { ...init, headers: { 'content-type': 'application/json', 'x-studio': '1', ...(init.headers as Record<string, string>) } });

async function newStory(slug: string, title: string) {
	const r = await api('/api/stories', { method: 'POST', body: JSON.stringify({ slug, title }) });
	expect(r.status).toBe(201);
}

describe('the whole path, from a report to the built site', () => {
	it('adds a report, drafts, reviews, quotes, sets a scene, saves and builds', async () => {
		const { page, errors } = await open(`${base}/`);
		await page.getByLabel('Title').fill('Harbour talks');
		await page.getByRole('button', { name: 'Create' }).click();
		await page.waitForURL(/\/stories\/harbour-talks/);

		// Reports in: paste, read, check the details, add.
		await page.getByTestId('paste').fill(FIXTURE);
		await page.getByRole('button', { name: 'Read the pasted text' }).click();
		await expect.poll(() => page.getByLabel('Outlet').inputValue()).toMatch(/Harbour Gazette/);
		expect(await page.getByLabel('Date of the report').inputValue()).toBe('2025-03-14');
		await page.getByRole('button', { name: 'Add the report' }).click();
		await page.getByText('Reports in this story (1)').waitFor();

		// Draft, with its progress, then review.
		await page.getByRole('button', { name: /Draft the story/ }).click();
		await page.getByTestId('draft-outcome').waitFor({ timeout: 60_000 });
		await page.getByRole('button', { name: 'Review it →' }).click();
		const meeting = page.locator('[data-key="event:meeting-lisbon-2025-03-13"]');
		const visit = page.locator('[data-key^="event:visit-porto"]');
		await meeting.waitFor();

		// Accept two events.
		await meeting.getByRole('button', { name: /^Accept/ }).click();
		await visit.getByRole('button', { name: /^Accept/ }).click();
		await expect.poll(() => meeting.locator('.chip').first().innerText()).toMatch(/accepted/i);

		// Selecting in the list selects in the report and on the map.
		await meeting.locator('.pick').click();
		await expect.poll(() => page.locator('mark.sel').count()).toBeGreaterThan(0);
		expect(await page.locator('mark.sel').first().innerText()).toContain('Ana Ferreira met');
		await expect.poll(() => page.locator('[data-testid="studio-map"] .overlay [data-event="meeting-lisbon-2025-03-13"]').count()).toBeGreaterThan(0);

		// Fix a date: an editor's slip (the dateline's day typed in) put right from the sentence's
		// date words: the meeting was on Thursday, the day before the dateline.
		await page.locator('#f-date').fill('2025-03-14');
		await expect.poll(() => page.locator('#f-date').inputValue()).toBe('2025-03-14');
		await page.getByRole('button', { name: /“on Thursday” → 2025-03-13/ }).click();
		await expect.poll(() => page.locator('#f-date').inputValue()).toBe('2025-03-13');

		// Choose a quote by selecting text in the report.
		const sentence = 'The two leaders agreed to open a new ferry line between the two countries by next year.';
		await page.getByTestId('report-text').evaluate((el, s) => {
			const node = [...el.childNodes].find((n) => n.textContent?.includes(s))!;
			const at = node.textContent!.indexOf(s);
			const r = document.createRange();
			r.setStart(node.nodeType === 3 ? node : node.firstChild!, at);
			r.setEnd(node.nodeType === 3 ? node : node.firstChild!, at + s.length);
			document.getSelection()!.removeAllRanges();
			document.getSelection()!.addRange(r);
		}, sentence);
		await page.getByRole('button', { name: 'Use as quote' }).click();
		await expect.poll(() => page.getByTestId('item-form').innerText()).toContain(sentence);

		// A place's country is chosen from a list of countries, not typed into a text box.
		await page.locator('[data-key="place:lisbon"] .pick').click();
		const country = page.getByLabel('Country *');
		expect(await country.evaluate((el) => el.tagName)).toBe('SELECT');
		expect(await country.inputValue()).toBe('PT');
		expect(await country.locator('option:checked').innerText()).toBe('Portugal (PT)');

		// A scene: capture the map, name it, write its narrative.
		await page.getByRole('button', { name: '3 Design' }).click();
		await page.getByRole('button', { name: 'Capture the map as a new scene' }).click();
		await page.getByLabel('Title *').last().fill('Two leaders in Lisbon');
		await page.getByLabel(/Narrative/).fill('Portugal and Brazil sign a shipping agreement in Lisbon.');
		// The design fields, one of them hostile: it must come out as text.
		await page.getByLabel('Byline').fill('By Rita <b>Soares</b>, maps desk');
		await page.getByLabel('Source line').fill('Source: Harbour Gazette. Map: Natural Earth.');
		await page.getByLabel('Notes for readers').fill('Drawn from one report.');
		// The theme's accent: too pale a colour is refused at the field, a dark one kept.
		await page.getByLabel('Theme: accent colour').fill('#ffd700');
		await expect.poll(() => page.locator('.fault').filter({ hasText: '4.5:1' }).count()).toBeGreaterThan(0);
		await page.getByLabel('Theme: accent colour').fill('#8a1f1f');
		await expect.poll(() => page.locator('.fault').filter({ hasText: '4.5:1' }).count()).toBe(0);

		// A picture of the view, with alt text written from the story.
		const alt = await page.getByTestId('picture-alt').inputValue();
		expect(alt).toMatch(/^Map: Harbour talks\. It marks .*Lisbon/);
		expect(alt.endsWith('Source: Harbour Gazette. Map: Natural Earth.')).toBe(true);
		const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
		const svg = readFileSync((await svgFile.path())!, 'utf8');
		expect(svgFile.suggestedFilename()).toMatch(/^harbour-talks-.*\.svg$/);
		expect(svg).toContain('data-event="meeting-lisbon-2025-03-13"');
		expect(svg).toMatch(/<path d="[mM][^"]{200,}" fill="#f7f4ec"/);
		expect(svg).toContain(`<desc id="picture-desc">${alt.replace(/&/g, '&amp;')}</desc>`);
		const [pngFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
		const png = readFileSync((await pngFile.path())!);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2400, 2 * (675 + 64)]);

		// The live preview draws the edits before anything is saved: the story file is not there yet.
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'All changes autosaved' }).count(), { timeout: 10_000 }).toBe(1);
		expect(existsSync(join(project, 'geo/stories/harbour-talks.json'))).toBe(false);
		const preview = await open(`${base}/preview/harbour-talks`);
		await preview.page.getByTestId('byline').waitFor({ timeout: 60_000 });
		// The byline is data among the app's words, so it may sit in bidi isolates (U+2066–2069);
		// the messages keep "Updated" with its date by a no-break space.
		const byline = (await preview.page.getByTestId('byline').innerText()).replace(/[\u2066-\u2069]/g, '');
		expect(byline).toMatch(/^By Rita <b>Soares<\/b>, maps desk\s·\sUpdated\s/);
		expect(await preview.page.locator('.masthead b').count()).toBe(0);
		expect(await preview.page.locator('[data-event="meeting-lisbon-2025-03-13"]').count()).toBeGreaterThan(0);
		expect(preview.errors).toEqual([]);
		await preview.page.close();

		// Publish: save and build.
		await page.getByRole('button', { name: '4 Publish' }).click();
		await page.getByRole('button', { name: 'Save and build the site' }).click();
		// The site's whole build: minutes on a busy machine.
		await page.getByTestId('build-done').or(page.getByTestId('build-failed')).waitFor({ timeout: 1_500_000 });
		expect(await page.getByTestId('build-failed').count(), await page.getByTestId('build-failed').innerText().catch(() => '')).toBe(0);
		// The list of what changed (folded when long) names the new story's pages.
		expect(await page.getByTestId('build-done').textContent()).toMatch(/stories\/harbour-talks\/index\.html/);
		expect(await page.getByTestId('embed-code').inputValue()).toMatch(/^<script async src="http:\/\/127\.0\.0\.1:4173\/embed\.js"><\/script><iframe src="http:\/\/127\.0\.0\.1:4173\/stories\/harbour-talks\/embed\//);
		expect(errors).toEqual([]);
		await page.close();

		// The story file validates with the build's validation, and holds what was reviewed.
		const file = join(project, 'geo/stories/harbour-talks.json');
		const story = JSON.parse(readFileSync(file, 'utf8'));
		const reports = new Map(readdirSync(join(project, 'geo/reports')).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(project, 'geo/reports', f), 'utf8')]));
		expect(validateStory(file, story, reports).ok).toBe(true);
		const ids = story.events.map((e: { id: string }) => e.id).sort();
		expect(ids).toEqual(['meeting-lisbon-2025-03-13', expect.stringMatching(/^visit-porto/)]);
		const m = story.events.find((e: { id: string }) => e.id === 'meeting-lisbon-2025-03-13');
		expect(m.date).toBe('2025-03-13');
		expect(m.sources.map((s: { quote: string }) => s.quote)).toContain(sentence);
		expect(story.scenes).toHaveLength(1);
		expect(story.scenes[0].title).toBe('Two leaders in Lisbon');

		// The built site shows the events with their quotes (the place page is plain HTML).
		expect(existsSync(join(project, 'build/stories/harbour-talks/index.html'))).toBe(true);
		expect(story.byline).toBe('By Rita <b>Soares</b>, maps desk');
		expect(story.sourceLine).toBe('Source: Harbour Gazette. Map: Natural Earth.');
		expect(story.theme).toEqual({ accent: '#8a1f1f' });
		// The built story page shows the byline and the source line as text; so does the embed.
		const storyPage = await open(`${base}/site/stories/harbour-talks/`);
		expect((await storyPage.page.getByTestId('byline').innerText()).replace(/[\u2066-\u2069]/g, '')).toMatch(/^By Rita <b>Soares<\/b>, maps desk\s·\sUpdated\s/);
		expect(await storyPage.page.getByTestId('source-line').innerText()).toBe('Source: Harbour Gazette. Map: Natural Earth.');
		expect(await storyPage.page.getByTestId('story-notes').innerText()).toBe('Drawn from one report.');
		expect(await storyPage.page.locator('.intro a').first().evaluate((a) => getComputedStyle(a).color)).toBe('rgb(138, 31, 31)');
		await storyPage.page.close();
		const embed = await open(`${base}/site/stories/harbour-talks/embed/`);
		expect((await embed.page.locator('footer.credit').innerText()).replace(/[\u2066-\u2069]/g, '')).toMatch(/By Rita <b>Soares<\/b>, maps desk\.\s+Source: Harbour Gazette/);
		await embed.page.close();
		const built = await open(`${base}/site/stories/harbour-talks/places/lisbon/`);
		const text = await built.page.locator('main').innerText();
		expect(text).toContain(sentence);
		expect(text).toContain('Ana Ferreira met Brazilian President Carlos Mendes');
		await built.page.close();
		const home = await open(`${base}/site/`);
		expect(await home.page.getByRole('link', { name: 'Harbour talks' }).count()).toBe(1);
		await home.page.close();
	}, 1_800_000);
});

describe('what the studio refuses', () => {
	it('bad reports get a clear message and change nothing', async () => {
		await newStory('bad-reports', 'Bad reports');
		const before = geoSnapshot(project);
		const post = (form: FormData) => fetch(`${base}/api/extract`, { method: 'POST', body: form, headers: { 'x-studio': '1' } });
		const file = (bytes: Uint8Array | string, name: string) => {
			const f = new FormData();
			f.set('file', new File([bytes as BlobPart], name));
			return f;
		};
		const cases: Array<[string, FormData, RegExp]> = [
			['binary', file(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'photo.txt'), /binary/],
			['empty', file('', 'empty.txt'), /Paste the text or choose a file|empty/],
			['huge', file('word '.repeat(120_000), 'huge.txt'), /at most 400 KB/],
			['not UTF-8', file(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65]), 'latin1.txt'), /not UTF-8/],
			['a PDF', file('%PDF-1.7', 'report.pdf'), /reads \.txt, \.md and saved \.html/],
			['no words', file('  \n\n 123 456 \n', 'blank.txt'), /no words|empty/]
		];
		for (const [what, form, message] of cases) {
			const r = await post(form);
			expect(r.status, what).toBeGreaterThanOrEqual(400);
			expect(((await r.json()) as { message: string }).message, what).toMatch(message);
		}
		// Saved web pages and Markdown come out as their text.
		const html = await post(file('<html><head><title>Page</title></head><body><nav>Menu Home</nav><article><h1>Ferry deal</h1><p>The mayor of Porto opened the new ferry line on Monday, officials said, after two years of works on the quay.</p><p>Tickets cost five euros.</p></article><footer>© 2025</footer></body></html>', 'page.html'));
		const h = (await html.json()) as { text: string };
		expect(h.text).toContain('The mayor of Porto opened the new ferry line on Monday');
		expect(h.text).not.toContain('Menu Home');
		const md = await post(file('# Ferry deal\n\nThe mayor of **Porto** opened the [new line](https://example.org).\n\n- Tickets cost *five* euros.\n', 'note.md'));
		expect(((await md.json()) as { text: string }).text).toBe('Ferry deal\nThe mayor of Porto opened the new line.\nTickets cost five euros.\n');

		// In the browser, the message is shown where the file was dropped.
		const { page } = await open(`${base}/stories/bad-reports?tab=reports`);
		await page.locator('input[type=file]').setInputFiles({ name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9]) });
		await expect.poll(() => page.getByTestId('read-error').innerText().catch(() => '')).toMatch(/not UTF-8/);
		await page.close();
		expect(geoSnapshot(project)).toEqual(before);
	});

	it('slugs and file names cannot leave geo/', async () => {
		const before = geoSnapshot(project);
		for (const slug of ['../evil', '..%2F..%2Fpackage', 'a/b', 'Evil', '.hidden', 'x'.repeat(81)]) {
			const r = await api('/api/stories', { method: 'POST', body: JSON.stringify({ slug, title: 't' }) });
			expect(r.status, slug).toBe(400);
		}
		for (const path of ['/api/stories/..%2F..%2Fpackage', '/api/stories/%2E%2E', '/stories/..%2Fpackage/__data.json', '/site/..%2F..%2Fpackage.json', '/site/%2E%2E/package.json']) {
			const r = await fetch(`${base}${path}`);
			const text = await r.text();
			// A page's data request carries its error inside a 200 answer, as SvelteKit does.
			if (path.endsWith('__data.json')) expect(text, path).toMatch(/"type":"error"[^]*"status":400|"status":400[^]*"type":"error"/);
			else expect(r.status, path).toBeGreaterThanOrEqual(400);
			expect(text, path).not.toContain('"devDependencies"');
		}
		await newStory('traversal', 'Traversal');
		for (const name of ['../../../x.txt', '..\\x.txt', '/etc/x.txt', '.x.txt', 'x.json', 'a/b.txt']) {
			const r = await api('/api/stories/traversal/reports', { method: 'POST', body: JSON.stringify({ baseRev: 1, name, text: 'Some words here.', title: 't', outlet: 'o', date: '2025-01-01', dateInferred: false, dateBasis: 'b' }) });
			expect(r.status, name).toBe(400);
		}
		expect(existsSync(join(project, 'x.txt'))).toBe(false);
		expect(geoSnapshot(project)).toEqual(before);
	});

	it('refuses changes from another origin or host', async () => {
		const before = geoSnapshot(project);
		const body = JSON.stringify({ slug: 'cross-site', title: 'x' });
		const tries: Array<[string, Record<string, string>]> = [
			['another origin', { origin: 'http://evil.example' }],
			['a null origin', { origin: 'null' }],
			['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
			['no origin at all', {}]
		];
		for (const [what, headers] of tries) {
			const r = await fetch(`${base}/api/stories`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
			expect(r.status, what).toBe(403);
		}
		// A form posted from another site, as a browser would send it.
		const form = await fetch(`${base}/api/stories/cross-site/save`, { method: 'POST', body: 'baseRev=1', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' } });
		expect(form.status).toBe(403);
		// DNS rebinding: the right port under another name.
		const rebound = await new Promise<number>((ok, fail) => {
			const u = new URL(`${base}/api/stories`);
			request({ host: u.hostname, port: u.port, path: u.pathname, headers: { host: `evil.example:${u.port}` } }, (res) => {
				res.resume();
				ok(res.statusCode ?? 0);
			})
				.on('error', fail)
				.end();
		});
		expect(rebound).toBe(403);
		// The same request from the studio's own origin goes through.
		const ok = await fetch(`${base}/api/stories`, { method: 'POST', body, headers: { 'content-type': 'application/json', origin: base } });
		expect(ok.status).toBe(201);
		expect(geoSnapshot(project)).toEqual(before);
	});

	it('two tabs editing one story: the second gets a conflict, not a silent overwrite', async () => {
		await newStory('two-tabs', 'Two tabs');
		const a = await open(`${base}/stories/two-tabs?tab=design`);
		const b = await open(`${base}/stories/two-tabs?tab=design`);
		const title = (p: Page) => p.getByLabel('Title *').first();
		await title(a.page).fill('Edited in tab A');
		await expect.poll(() => a.page.getByRole('status').filter({ hasText: 'All changes autosaved' }).count(), { timeout: 10_000 }).toBe(1);
		await title(b.page).fill('Edited in tab B');
		await b.page.getByText('Conflict.').waitFor({ timeout: 10_000 });
		const work = (await (await api('/api/stories/two-tabs')).json()) as { work: { story: { title: string }; rev: number } };
		expect(work.work.story.title).toBe('Edited in tab A');
		// The API refuses a write from an old revision the same way.
		const stale = await api('/api/stories/two-tabs', { method: 'PUT', body: JSON.stringify({ baseRev: work.work.rev - 1, story: { ...work.work.story, title: 'stale' }, items: {} }) });
		expect(stale.status).toBe(409);
		// Tab B keeps its words until its editor chooses.
		expect(await title(b.page).inputValue()).toBe('Edited in tab B');
		await b.page.getByRole('button', { name: 'Keep mine' }).click();
		await expect.poll(async () => ((await (await api('/api/stories/two-tabs')).json()) as { work: { story: { title: string } } }).work.story.title).toBe('Edited in tab B');
		await a.page.close();
		await b.page.close();
	});

	it('a story file changed on disk since it was opened is not overwritten', async () => {
		const w = (await (await api('/api/stories/riyadh-talks-2025')).json()) as { work: { rev: number } };
		const file = join(project, 'geo/stories/riyadh-talks-2025.json');
		const text = readFileSync(file, 'utf8');
		// Opening it created no work file yet: make one by an autosave, then change the file under it.
		const put = await api('/api/stories/riyadh-talks-2025', { method: 'PUT', body: JSON.stringify({ baseRev: w.work.rev, ...(w.work as object) }) });
		expect(put.status).toBe(200);
		const changed = text.replace('"updated": "2026-11-21"', '"updated": "2026-11-22"');
		(await import('node:fs')).writeFileSync(file, changed);
		const rev = ((await put.json()) as { rev: number }).rev;
		const save = await api('/api/stories/riyadh-talks-2025/save', { method: 'POST', body: JSON.stringify({ baseRev: rev }) });
		expect(save.status).toBe(409);
		expect(readFileSync(file, 'utf8')).toBe(changed);
	});

	it('never writes a story that fails validation', async () => {
		await newStory('invalid', 'Invalid');
		const save = await api('/api/stories/invalid/save', { method: 'POST', body: JSON.stringify({ baseRev: 1 }) });
		expect(save.status).toBe(422);
		expect(((await save.json()) as { faults: unknown[] }).faults.length).toBeGreaterThan(0);
		expect(existsSync(join(project, 'geo/stories/invalid.json'))).toBe(false);
	});
});

describe('work is never lost', () => {
	it('a reload in the middle of an edit restores it, and it reaches the server', async () => {
		await newStory('reload', 'Before the reload');
		const { page } = await open(`${base}/stories/reload?tab=design`);
		const title = page.getByLabel('Title *').first();
		await title.fill('Typed just before the reload');
		// No wait for the autosave: reload at once.
		await page.reload();
		await page.waitForSelector('html[data-studio-ready]');
		await expect.poll(() => page.getByLabel('Title *').first().inputValue()).toBe('Typed just before the reload');
		await expect
			.poll(async () => ((await (await api('/api/stories/reload')).json()) as { work: { story: { title: string } } }).work.story.title, { timeout: 10_000 })
			.toBe('Typed just before the reload');
		await page.close();
	});

	it('undo and redo step through edits', async () => {
		await newStory('undo', 'First');
		const { page } = await open(`${base}/stories/undo?tab=design`);
		const title = () => page.getByLabel('Title *').first();
		await title().fill('Second');
		await title().fill('Third');
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect.poll(() => title().inputValue()).toBe('Second');
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect.poll(() => title().inputValue()).toBe('First');
		await page.getByRole('button', { name: 'Redo' }).click();
		await expect.poll(() => title().inputValue()).toBe('Second');
		await expect
			.poll(async () => ((await (await api('/api/stories/undo')).json()) as { work: { story: { title: string } } }).work.story.title, { timeout: 10_000 })
			.toBe('Second');
		await page.close();
	});
});
