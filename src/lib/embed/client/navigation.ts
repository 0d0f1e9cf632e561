// $app/navigation for the embed's own client (see ./main.ts): a frame never navigates in
// place (its links open new tabs), so the one navigation is the page's arrival, and
// history writes are shallow, as SvelteKit's pushState and replaceState are.
import { onMount } from 'svelte';
import { page } from './state.svelte';

export function afterNavigate(callback: (navigation: { type: 'enter'; from: null; willUnload: false }) => void): void {
	onMount(() => callback({ type: 'enter', from: null, willUnload: false }));
}

function write(method: 'pushState' | 'replaceState', url: string | URL, state: Record<string, unknown>) {
	history[method](state, '', url);
	page.url = new URL(location.href);
	page.state = state;
}

export const pushState = (url: string | URL, state: Record<string, unknown>) => write('pushState', url, state);
export const replaceState = (url: string | URL, state: Record<string, unknown>) => write('replaceState', url, state);
