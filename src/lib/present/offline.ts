/**
 * The service worker is registered from the presentation only: a classroom needs the
 * presentation to survive a cut network, while the rest of the site stays a plain static
 * site with nothing installed in the reader's browser.
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
