import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';
// A shell page: the story is fetched in the browser, so nothing is rendered at build time.
export const prerender = true;
export const ssr = false;

// Built only with VITE_TEST_HARNESS (see svelte.config.js); in any other build, even a client-side
// navigation here finds nothing.
export const load: PageLoad = ({ data }) => {
	if (!import.meta.env.VITE_TEST_HARNESS) error(404, 'Not found');
	return data;
};
