import { dev } from '$app/environment';

// Built, the embed hydrates itself without SvelteKit's router ($lib/embed/client/main.ts);
// in `vite dev` it is an ordinary SvelteKit page.
export const csr = dev;
