import { redirect } from '@sveltejs/kit';
import { base } from '$app/paths';

// The flagship story is the front page for now.
export function load() {
	redirect(307, `${base}/stories/riyadh-talks-2025/`);
}
