// A language's address maps to the same route: /fr/stories/x/ is /stories/x/ in French
// (src/lib/i18n/server.ts reads the prefix). English keeps the unprefixed addresses.
import type { Reroute } from '@sveltejs/kit';
import { base } from '$app/paths';
import { splitLocalePath } from '$lib/i18n/locales';
import { absoluteBase } from '$lib/i18n/page';

export const reroute: Reroute = ({ url }) => splitLocalePath(url.pathname, absoluteBase(base, url)).path;
