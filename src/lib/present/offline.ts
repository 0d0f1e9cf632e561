/**
 * The service worker is registered from the presentation only, and controls the presentation
 * only (its scope is /stories/<slug>/present/): a classroom needs the presentation to survive a
 * cut network, while the rest of the site stays a plain static site that no worker stands in
 * front of. A page the worker controls still has every request it makes (app files, tiles,
 * data) answered through it, wherever they live, so the narrow scope loses nothing offline.
 */
import { base } from '$app/paths';
import { dev } from '$app/environment';

/** The presentation's own folder, from a path such as /stories/x/present/ (null elsewhere). */
export function presentationScope(pathname: string): string | null {
	const m = /^(.*\/stories\/[^/]+\/present\/)/.exec(pathname);
	return m ? m[1]! : null;
}

export function registerServiceWorker(): void {
	if (!('serviceWorker' in navigator)) return;
	const scope = presentationScope(location.pathname);
	if (!scope) return;
	const root = new URL(`${base}/`, location.href).href;
	void (async () => {
		// Earlier builds registered the worker for the whole site: that registration goes.
		for (const r of await navigator.serviceWorker.getRegistrations()) if (r.scope === root) await r.unregister();
		await navigator.serviceWorker.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic', scope });
	})().catch(() => {
		// Without it the presentation still works online; file:// and old browsers have none.
	});
}
