/**
 * What the Node server adds to every answer, and what it refuses, apart from the app: plain JS
 * so that `node server/serve.js` needs no build step for it. The same policy, for static hosts,
 * is in docs/static-hosting.md (a `_headers` file and an nginx block).
 */
import { frameAncestors } from './frame-ancestors.js';

export const ALLOWED_METHODS = 'GET, HEAD';

/** Headers on every answer. @param {string} pathname @param {string[]} allowList @returns {Record<string, string>} */
export function baseHeaders(pathname, allowList) {
	return {
		// A second CSP header: browsers enforce every policy, so this adds to the page's <meta> one.
		'content-security-policy': frameAncestors(pathname, allowList),
		'x-content-type-options': 'nosniff',
		// Links to other sites carry the origin, never the path (which holds the reader's view).
		'referrer-policy': 'strict-origin-when-cross-origin',
		// Nothing here needs a sensor or a payment; fullscreen is the presentation's own.
		'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), browsing-topics=(), fullscreen=(self)'
	};
}

/**
 * Fixes a header set as it is sent: HTML is revalidated on every visit (a new build is seen at
 * once; hashed assets keep their long cache from the adapter), and text is declared UTF-8 (a
 * report served as bare text/plain shows "Trumpâ€™s").
 * @param {Record<string, unknown>} headers (lower-case names)
 */
export function finalHeaders(headers) {
	const type = String(headers['content-type'] ?? '');
	if (/^text\/html\b/i.test(type) && headers['cache-control'] === undefined) headers['cache-control'] = 'no-cache';
	if (/^text\/(plain|html|css|csv|markdown)\b/i.test(type) && !/charset=/i.test(type)) headers['content-type'] = `${type}; charset=utf-8`;
	return headers;
}

/**
 * Wraps a Node response so that `finalHeaders` sees every header, whichever way the handler
 * sets them (setHeader, then writeHead with or without its own object).
 * @template {import('node:http').ServerResponse} R
 * @param {R} res
 * @returns {R}
 */
export function withFinalHeaders(res) {
	const writeHead = res.writeHead.bind(res);
	/** @type {any} */ (res).writeHead = (/** @type {number} */ status, /** @type {unknown[]} */ ...rest) => {
		// Raw header arrays are rare (neither sirv nor SvelteKit sends them): passed through as they are.
		if (rest.some(Array.isArray)) return writeHead(status, .../** @type {[any]} */ (rest));
		const headersArg = /** @type {Record<string, unknown> | undefined} */ (rest.find((x) => x && typeof x === 'object' && !Array.isArray(x)));
		/** @type {Record<string, unknown>} */
		const merged = {};
		for (const name of res.getHeaderNames()) merged[name] = res.getHeader(name);
		if (headersArg) for (const [k, v] of Object.entries(headersArg)) merged[k.toLowerCase()] = v;
		const fixed = finalHeaders(merged);
		for (const [k, v] of Object.entries(fixed)) if (v !== undefined) res.setHeader(k, /** @type {string | number | string[]} */ (v));
		const message = rest.find((x) => typeof x === 'string');
		return message === undefined ? writeHead(status) : writeHead(status, /** @type {string} */ (message));
	};
	return res;
}
