/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Keeps the presentation working in a classroom whose network drops or blocks things.
 * Registered by the presentation page (src/lib/present/offline.ts, which says why) for two
 * scopes: the presentation's folder and maplibre-gl's, whose web worker fetches the tiles.
 * The presentation's copy stores the app, the prerendered pages and data, and the basemap's
 * tiles on first visit, in a cache both copies read; afterwards:
 *   - hashed build files (never change under the same name): cache first;
 *   - everything else, pages included: network first, so a new build is seen at once
 *     when online, and the stored copy only when the network fails.
 * Only this site's own GET requests are touched.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `newsmap-${version}`;
const IMMUTABLE = new Set(build);
// The basemap tiles are stored apart: only the 1:50m set the presentation's map draws (the
// 1:110m one is the embeds'), and one tile that fails to arrive does not stop the install.
const isTilePath = (path: string) => /\/basemap\/[^/]+\/\d+\/\d+\/\d+\.pbf$/.test(path);
// The embed's own client (static/_embed/) serves iframes on
// other sites, never the presentation, which is what this worker keeps offline.
const isEmbedClient = (path: string) => /\/_embed\//.test(path);
const ALL = [...new Set([...build, ...files.filter((f) => !isEmbedClient(f)), ...prerendered.filter((p) => !isTilePath(p))])];
const TILES = prerendered.filter((p) => isTilePath(p) && p.includes('/basemap/detailed/'));

/**
 * What this copy runs for, from its registration's scope: a presentation (it fills the cache),
 * maplibre-gl's folder (it reads the cache the other filled), or anything else: a registration
 * for the site's root that versions before issue #22 made, which this copy removes.
 */
const scope = new URL(sw.registration.scope).pathname;
const role: 'presentation' | 'library' | 'stray' = /\/stories\/[^/]+\/present\/$/.test(scope) ? 'presentation' : /\/_lib\/[^/]+\/$/.test(scope) ? 'library' : 'stray';

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			if (role !== 'presentation') return void (await sw.skipWaiting());
			const cache = await caches.open(CACHE);
			await cache.addAll(ALL);
			await Promise.allSettled(TILES.map((t) => cache.add(t)));
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// The pages it still controls keep it until they are reloaded, and it passes their requests through.
			if (role === 'stray') return void (await sw.registration.unregister());
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const req = event.request;
	if (req.method !== 'GET' || role === 'stray') return;
	const url = new URL(req.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(req, url));
});

async function respond(req: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	if (IMMUTABLE.has(url.pathname)) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	try {
		const res = await fetch(req);
		if (res.ok && res.type === 'basic' && !url.search) void cache.put(req, res.clone());
		return res;
	} catch (err) {
		// `?scene=3` and the like are read by the page itself: any copy of the page will do.
		const hit = (await cache.match(req)) ?? (await cache.match(url.pathname)) ?? (await cache.match(req, { ignoreSearch: true }));
		if (hit) return hit;
		if (req.mode === 'navigate') {
			return new Response('This page was not saved for offline use. Open the presentation once while online.', {
				status: 503,
				headers: { 'content-type': 'text/plain; charset=utf-8' }
			});
		}
		throw err;
	}
}
