import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { embedParams, embedViewReader, parseEmbedOptions, PLACE_ZOOM } from './options';
import { isReach, startsMap } from './loading';
import { HEIGHT_MESSAGE, HELLO_MESSAGE, readHeight } from './protocol';
import { embedSnippet, escapeAttr, fitSize, oembed, storyOfUrl } from './oembed';
import { oembedResponse } from '$lib/server/oembed';
import { siteRoot, PLACEHOLDER_ORIGIN } from './site';
import { frameAncestors, parseAllowList } from '../../../server/frame-ancestors.js';
import type { Story } from '$lib/story/schema';

const story = {
	slug: 'riyadh-talks-2025',
	title: 'T',
	camera: { center: [38, 44], zoom: 3 },
	places: [{ id: 'kyiv', name: 'Kyiv', coordinates: [30.52, 50.45] }]
} as unknown as Story;

describe('embed options', () => {
	it('reads theme, mode, place and scene, and defaults the rest', () => {
		expect(parseEmbedOptions(new URLSearchParams(''))).toEqual({ theme: 'auto', mode: 'interactive' });
		expect(parseEmbedOptions(new URLSearchParams('theme=dark&mode=static&place=kyiv&scene=s-1'))).toEqual({
			theme: 'dark',
			mode: 'static',
			place: 'kyiv',
			scene: 's-1'
		});
		expect(parseEmbedOptions(new URLSearchParams('theme=<b>&mode=x&place=../etc&start=now'))).toEqual({ theme: 'auto', mode: 'interactive' });
		expect(parseEmbedOptions(new URLSearchParams('start=view'))).toEqual({ theme: 'auto', mode: 'interactive', start: 'view' });
	});
	it('centres on place= unless a camera is given; unknown places are ignored', () => {
		const read = embedViewReader(story);
		expect(read(new URLSearchParams('place=kyiv')).camera).toEqual({ center: [30.52, 50.45], zoom: PLACE_ZOOM });
		expect(read(new URLSearchParams('place=kyiv&c=10,20,4')).camera).toEqual({ center: [10, 20], zoom: 4 });
		expect(read(new URLSearchParams('place=atlantis')).camera).toBeUndefined();
	});
	it('writes only options that differ from the defaults, keeping the view', () => {
		const p = embedParams({ theme: 'auto', mode: 'static' }, new URLSearchParams('c=1,2,3&theme=dark'));
		expect(p.toString()).toBe('c=1%2C2%2C3&mode=static');
	});
});

describe('height messages', () => {
	it('accepts exactly our shape and a plausible height', () => {
		expect(readHeight({ type: HEIGHT_MESSAGE, height: 480.2 })).toBe(481);
		for (const bad of [null, 'x', { type: 'other', height: 400 }, { type: HEIGHT_MESSAGE, height: '400' }, { type: HEIGHT_MESSAGE, height: NaN }, { type: HEIGHT_MESSAGE, height: 1e7 }, { type: HEIGHT_MESSAGE, height: -5 }])
			expect(readHeight(bad)).toBeNull();
	});
	it('is the shape the static scripts send and check', () => {
		for (const f of ['static/embed.js', 'static/embed-frame.js']) {
			expect(readFileSync(f, 'utf8')).toContain(`'${HEIGHT_MESSAGE}'`);
			expect(readFileSync(f, 'utf8')).toContain(`'${HELLO_MESSAGE}'`);
		}
		const host = readFileSync('static/embed.js', 'utf8');
		expect(host).toContain('event.origin !== origin');
		expect(host).toContain('f.contentWindow !== event.source');
	});
});

describe('oEmbed', () => {
	const root = 'https://map.example.org';
	it('escapes data in the snippet', () => {
		const html = embedSnippet({ embedUrl: `${root}/stories/x/embed/?a=1&b="2"`, title: '<script>alert("x")</script> & \'co\'', siteRoot: root });
		expect(html).not.toContain('<script>alert');
		expect(html).toContain('title="&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;co&#39;"');
		expect(html).toContain('src="https://map.example.org/stories/x/embed/?a=1&#38;b=&#34;2&#34;"');
		expect(escapeAttr('"')).toBe('&#34;');
	});
	it('fits maxwidth and maxheight, keeping the 4:3 shape', () => {
		expect(fitSize()).toEqual({ width: 800, height: 600 });
		expect(fitSize(500)).toEqual({ width: 500, height: 375 });
		expect(fitSize(5000, 300)).toEqual({ width: 400, height: 300 });
		expect(fitSize(241, 181)).toEqual({ width: 241, height: 180 });
	});
	// The spec: the answer must not exceed maxwidth/maxheight. The audit's maxwidth=1 got 240×180.
	it('never answers larger than asked: too small is no answer', () => {
		for (const [w, h] of [[1, undefined], [239, undefined], [undefined, 179], [5000, 100]] as const) expect(fitSize(w, h), `${w}×${h}`).toBeNull();
		for (const w of [240, 333, 799, 1000]) for (const h of [180, 250, 601, undefined]) {
			const s = fitSize(w, h)!;
			expect(s.width).toBeLessThanOrEqual(w);
			if (h) expect(s.height).toBeLessThanOrEqual(h);
		}
	});
	it('is a rich response with the iframe', () => {
		const o = oembed({ title: 'T', embedUrl: `${root}/stories/x/embed/`, siteRoot: root, maxwidth: 600 })!;
		expect(o).toMatchObject({ version: '1.0', type: 'rich', width: 600, height: 450, provider_name: 'News map' });
		expect(o.html).toMatch(/^<script async src="https:\/\/map\.example\.org\/embed\.js"><\/script><iframe src="https:\/\/map\.example\.org\/stories\/x\/embed\/"/);
	});
	it('knows only story URLs of this site', () => {
		expect(storyOfUrl(`${root}/stories/riyadh-talks-2025/`, root)).toEqual({ slug: 'riyadh-talks-2025', search: '' });
		expect(storyOfUrl(`${root}/stories/riyadh-talks-2025/embed/?c=1,2,3`, root)).toEqual({ slug: 'riyadh-talks-2025', search: '?c=1,2,3' });
		expect(storyOfUrl(`${root}/stories/riyadh-talks-2025`, root)?.slug).toBe('riyadh-talks-2025');
		expect(storyOfUrl('https://evil.example/stories/riyadh-talks-2025/', root)).toBeNull();
		expect(storyOfUrl(`${root}/reports/a.txt`, root)).toBeNull();
		expect(storyOfUrl(`${root}/stories/riyadh-talks-2025.geojson`, root)).toBeNull();
		expect(storyOfUrl('not a url', root)).toBeNull();
		expect(storyOfUrl(`${root}/sub/stories/a/`, `${root}/sub`)?.slug).toBe('a');
	});
	it('answers /oembed: 200 for a story, 404 for other URLs, 501 for XML', async () => {
		const titles = (slug: string) => (slug === 'riyadh-talks-2025' ? 'Riyadh' : undefined);
		const ask = (q: string) => oembedResponse(new URL(`${root}/oembed?${q}`), titles, root);
		const ok = ask(`url=${encodeURIComponent(`${root}/stories/riyadh-talks-2025/?t=2025-02-18..2025-02-18`)}&maxwidth=400&format=json`);
		expect(ok.status).toBe(200);
		const body = await ok.json();
		expect(body).toMatchObject({ type: 'rich', width: 400, title: 'Riyadh' });
		expect(body.html).toContain(`src="${root}/stories/riyadh-talks-2025/embed/?t=2025-02-18..2025-02-18"`);
		expect(ask(`url=${encodeURIComponent(`${root}/stories/nope/`)}`).status).toBe(404);
		expect(ask(`url=${encodeURIComponent('https://evil.example/stories/riyadh-talks-2025/')}`).status).toBe(404);
		expect(ask(`url=${encodeURIComponent(`${root}/stories/riyadh-talks-2025/`)}&format=xml`).status).toBe(501);
		expect(ask('').status).toBe(400);
		expect(ask(`url=${encodeURIComponent(`${root}/stories/riyadh-talks-2025/`)}&format=JSON`).status).toBe(200);
		expect(ask(`url=${encodeURIComponent(`${root}/stories/riyadh-talks-2025/`)}&maxwidth=1`).status).toBe(404);
	});
	it('understands http and https links to the site', async () => {
		const titles = () => 'Riyadh';
		const r = oembedResponse(new URL(`${root}/oembed?url=${encodeURIComponent('http://map.example.org/stories/riyadh-talks-2025/')}`), titles, root);
		expect(r.status).toBe(200);
		expect((await r.json()).html).toContain(`src="${root}/stories/riyadh-talks-2025/embed/"`);
	});
	// Issue #22, failure 2: a request's Host (here, the URL the server saw) must never reach the answer.
	it('builds every URL from the configured origin, whatever the request says', async () => {
		const titles = () => 'Riyadh';
		const forged = new URL(`https://evil.example/oembed?url=${encodeURIComponent(`${root}/stories/riyadh-talks-2025/`)}`);
		const r = oembedResponse(forged, titles, root);
		const text = await r.text();
		expect(r.status).toBe(200);
		expect(text).not.toContain('evil.example');
		expect(text).toContain('https://map.example.org/embed.js');
		const asked = oembedResponse(new URL(`https://evil.example/oembed?url=${encodeURIComponent('https://evil.example/stories/riyadh-talks-2025/')}`), titles, root);
		expect(asked.status).toBe(404);
		expect(await asked.text()).not.toContain('evil.example');
	});
	it('uses the configured origin, and never root-relative links', () => {
		expect(siteRoot(new URL('https://map.example.org/stories/x/'), '')).toBe('https://map.example.org');
		expect(siteRoot(new URL('https://map.example.org/stories/x/embed/'), '../../..')).toBe('https://map.example.org');
		expect(siteRoot(new URL(`${PLACEHOLDER_ORIGIN}/stories/x/`), '../..')).toBe('http://127.0.0.1:4173');
	});
});

describe('frame-ancestors', () => {
	it('lets the allow-list frame embeds and only this site frame other pages', () => {
		const list = parseAllowList('https://news.example, https://*.example.org');
		expect(frameAncestors('/stories/x/embed/', list)).toBe('frame-ancestors https://news.example https://*.example.org');
		expect(frameAncestors('/stories/x/', list)).toBe("frame-ancestors 'self'");
		expect(frameAncestors('/stories/x/embed/basemap.svg', parseAllowList(undefined))).toBe('frame-ancestors *');
	});
	it('refuses values that would change the header', () => {
		expect(() => parseAllowList("https://a.example; script-src 'unsafe-inline'")).toThrow(/not a CSP source/);
	});
});

describe('reaching for an embed', () => {
	const ev = (type: string, pointerType?: string) => ({ type, ...(pointerType ? { pointerType } : {}) }) as unknown as Event;
	it('is a mouse coming over it, a press, a tap, a key or focus; not a finger scrolling past', () => {
		expect(isReach(ev('pointerover', 'mouse'))).toBe(true);
		expect(isReach(ev('pointerover', 'touch'))).toBe(false);
		expect(isReach(ev('pointerdown', 'touch'))).toBe(false);
		expect(isReach(ev('pointerdown', 'mouse'))).toBe(true);
		expect(isReach(ev('pointerdown', 'pen'))).toBe(true);
		expect(isReach(ev('click'))).toBe(true);
		expect(isReach(ev('focusin'))).toBe(true);
		expect(isReach(ev('keydown'))).toBe(true);
	});
});

describe('what starts the map', () => {
	it('is a reach of its own: a wheel, a mouse press, two fingers; not one finger', () => {
		expect(startsMap({ type: 'wheel' } as Event)).toBe(true);
		expect(startsMap({ type: 'pointerdown', pointerType: 'mouse' } as unknown as Event)).toBe(true);
		expect(startsMap({ type: 'pointerdown', pointerType: 'touch' } as unknown as Event)).toBe(false);
		expect(startsMap({ type: 'touchstart', touches: { length: 2 } } as unknown as Event)).toBe(true);
		expect(startsMap({ type: 'touchstart', touches: { length: 1 } } as unknown as Event)).toBe(false);
		expect(startsMap({ type: 'focusin' } as Event)).toBe(false);
		expect(startsMap({ type: 'keydown' } as Event)).toBe(true);
	});
});
