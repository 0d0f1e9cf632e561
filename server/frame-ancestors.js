/**
 * Who may frame which page: embeds by the configured allow-list (FRAME_ANCESTORS, space or
 * comma separated CSP sources; `*` when unset, since embeds are made to be pasted anywhere),
 * every other page only by this site. Plain JS: the Node server imports it without a build.
 */

// A CSP source expression: a keyword, a scheme, or a host with optional scheme, wildcard and port.
const SOURCE = /^(?:'self'|'none'|\*|[a-z][a-z0-9+.-]*:|(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::(?:\d{1,5}|\*))?)$/i;

/** @param {string | undefined} value @returns {string[]} */
export function parseAllowList(value) {
	if (value === undefined || value.trim() === '') return ['*'];
	const list = value.split(/[\s,]+/).filter(Boolean);
	const bad = list.filter((s) => !SOURCE.test(s));
	if (bad.length) throw new Error(`FRAME_ANCESTORS: not a CSP source: ${bad.join(' ')}`);
	return list;
}

/** @param {string} pathname @param {string[]} allowList @param {string} [base] */
export function frameAncestors(pathname, allowList, base = '') {
	const embed = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/stories/[^/]+/embed(?:/|$)`).test(pathname);
	return `frame-ancestors ${embed ? allowList.join(' ') : "'self'"}`;
}
