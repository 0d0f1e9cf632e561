/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Route_ToInputs */

const en_route_to = /** @type {(inputs: Route_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`to`)
};

const fr_route_to = /** @type {(inputs: Route_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vers`)
};

const de_route_to = /** @type {(inputs: Route_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nach`)
};

const uk_route_to = /** @type {(inputs: Route_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`далі`)
};

const ru_route_to = /** @type {(inputs: Route_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`далее`)
};

const ar_route_to = /** @type {(inputs: Route_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إلى`)
};

/**
* | output |
* | --- |
* | "to" |
*
* @param {Route_ToInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const route_to = /** @type {((inputs?: Route_ToInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_ToInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_route_to(inputs)
	if (locale === "de") return de_route_to(inputs)
	if (locale === "uk") return uk_route_to(inputs)
	if (locale === "ru") return ru_route_to(inputs)
	if (locale === "ar") return ar_route_to(inputs)
	return en_route_to(inputs)
});