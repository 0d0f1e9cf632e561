/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Route_ArrowInputs */

const en_route_arrow = /** @type {(inputs: Route_ArrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`→`)
};

const fr_route_arrow = /** @type {(inputs: Route_ArrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`→`)
};

const de_route_arrow = /** @type {(inputs: Route_ArrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`→`)
};

const uk_route_arrow = /** @type {(inputs: Route_ArrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`→`)
};

const ru_route_arrow = /** @type {(inputs: Route_ArrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`→`)
};

const ar_route_arrow = /** @type {(inputs: Route_ArrowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`←`)
};

/**
* | output |
* | --- |
* | "→" |
*
* @param {Route_ArrowInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const route_arrow = /** @type {((inputs?: Route_ArrowInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_ArrowInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_route_arrow(inputs)
	if (locale === "de") return de_route_arrow(inputs)
	if (locale === "uk") return uk_route_arrow(inputs)
	if (locale === "ru") return ru_route_arrow(inputs)
	if (locale === "ar") return ar_route_arrow(inputs)
	return en_route_arrow(inputs)
});