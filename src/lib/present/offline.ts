/**
 * The service worker is registered from the presentation only, and controls the presentation
 * only: a classroom needs the presentation to survive a cut network, while the rest of the
 * site stays a plain static site that nothing in the reader's browser stands between.
 *
 * It is registered twice, from the one script (src/service-worker.ts), for two scopes:
 *   - the presentation's folder, /stories/<slug>/present/: the page, its scenes (`?scene=`)
 *     and its presenter view (`?view=presenter`);
 *   - maplibre-gl's folder (MAPLIBRE_DIR), which no page lives in. MapLibre fetches the
 *     basemap's tiles from its web worker, and a dedicated worker started from a URL is a
 *     service-worker client of its own, matched to a registration by the worker script's URL,
 *     not by the page that started it (Service Workers, "Match Service Worker Registration";
 *     what Chromium does since its PlzDedicatedWorker work). Scoped to the presentation alone,
 *     that worker was not controlled and, offline, no tile arrived: the presentation reloaded
 *     as sea without land (tried in issue #22; tests/e2e/present.test.ts's offline reload).
 *     Under this second scope the worker's requests are answered from the same cache.
 * Either worker answers only this site's GET requests, network first for anything that can
 * change, so online it behaves as if it were not there. A story page's map uses the same
 * maplibre worker file, so once the presentation has been opened that page's tiles also go
 * through the library-scoped worker, network first; the page itself is not controlled.
 *
 * Until issue #22 the worker was registered for the site's root and controlled every page
 * after one visit to a presentation. Such a registration is removed here, and the worker
 * script removes itself when it finds it runs for a scope that is neither of the two (an
 * update check from any page of the site loads the new script into the old registration).
 */
import { base } from '$app/paths';
import { dev } from '$app/environment';
import { MAPLIBRE_DIR } from '$lib/map/maplibre';

/** The scopes the worker may run for, for the presentation at `path` (its own folder). */
export function workerScopes(path: string, root = base): { presentation: string; library: string } {
	return { presentation: path.replace(/[^/]*$/, ''), library: `${root}/${MAPLIBRE_DIR}/` };
}

export function registerServiceWorker(): void {
	if (!('serviceWorker' in navigator)) return;
	const scopes = workerScopes(location.pathname);
	const options = { type: dev ? 'module' : 'classic' } as const;
	const sw = navigator.serviceWorker;
	// The library's first: the presentation's is the one whose `ready` the page waits on.
	Promise.all([sw.register(`${base}/service-worker.js`, { ...options, scope: scopes.library }), sw.register(`${base}/service-worker.js`, { ...options, scope: scopes.presentation })])
		.then(() => sw.getRegistrations())
		.then((all) => Promise.all(all.filter((r) => new URL(r.scope).pathname === `${base}/`).map((r) => r.unregister())))
		.catch(() => {
			// Without it the presentation still works online; file:// and old browsers have none.
		});
}
