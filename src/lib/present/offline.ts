/**
 * The service worker is registered from the presentation only: a classroom needs the
 * presentation to survive a cut network, while the rest of the site stays a plain static
 * site with nothing installed in the reader's browser.
 *
 * Its scope is the site root, not the presentation's folder: scoped to
 * /stories/<slug>/present/ (tried, issue #22), the offline reload of tests/e2e/present.test.ts
 * times out. The likely reason: the map's tiles are fetched by MapLibre's worker, a file under
 * /_app/, and Chromium matches a dedicated worker to a service worker by the worker's own URL,
 * so that worker is not controlled and, offline, no tile arrives. The worker answers every request of the site only from a cache of the build itself
 * (network first for pages), so a page it controls behaves as without it while online.
 */
import { base } from '$app/paths';
import { dev } from '$app/environment';

export function registerServiceWorker(): void {
	if (!('serviceWorker' in navigator)) return;
	navigator.serviceWorker
		.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic', scope: `${base}/` })
		.catch(() => {
			// Without it the presentation still works online; file:// and old browsers have none.
		});
}
