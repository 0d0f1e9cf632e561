/**
 * The Node server's settings, from the environment, checked before it starts: a setting that
 * is wrong stops it with one line saying which and why (never a stack trace, never a guess).
 *   ORIGIN   the public origin, e.g. https://map.example.org (required: oEmbed answers and
 *            every absolute link are built from it, never from a request's Host header).
 *            SITE_ORIGIN, the build's setting for the same origin (src/lib/site-origin.js),
 *            stands in when ORIGIN is not set, so one variable can serve for both.
 *   PORT (3000), HOST (127.0.0.1), FRAME_ANCESTORS (who may embed; see frame-ancestors.js)
 */
import { parseAllowList } from './frame-ancestors.js';

export class ConfigError extends Error {}

/** @param {Record<string, string | undefined>} env */
export function readConfig(env) {
	const name = env.ORIGIN?.trim() ? 'ORIGIN' : 'SITE_ORIGIN';
	const origin = (env[name] ?? '').trim();
	if (!origin)
		throw new ConfigError(
			'ORIGIN is not set: give the public address readers use, e.g. ORIGIN=https://map.example.org (or ORIGIN=http://127.0.0.1:3000 to try it locally; SITE_ORIGIN, the build\'s name for it, is read when ORIGIN is not set). The server builds its oEmbed answers and links from it, never from the Host header a request sends.'
		);
	let url;
	try {
		url = new URL(origin);
	} catch {
		throw new ConfigError(`${name} is not a URL: ${origin}`);
	}
	if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin.replace(/\/$/, ''))
		throw new ConfigError(`${name} must be an http(s) origin with no path, like https://map.example.org, not ${origin}`);
	const port = Number(env.PORT ?? 3000);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number (0–65535), not ${env.PORT}`);
	let allowList;
	try {
		allowList = parseAllowList(env.FRAME_ANCESTORS);
	} catch (e) {
		throw new ConfigError(/** @type {Error} */ (e).message);
	}
	return { origin: url.origin, port, host: env.HOST ?? '127.0.0.1', allowList };
}
