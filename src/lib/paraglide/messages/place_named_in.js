/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Named_InInputs */

const en_place_named_in = /** @type {(inputs: Place_Named_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Named in`)
};

const fr_place_named_in = /** @type {(inputs: Place_Named_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cité dans`)
};

const de_place_named_in = /** @type {(inputs: Place_Named_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Genannt in`)
};

const uk_place_named_in = /** @type {(inputs: Place_Named_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Згадано в`)
};

const ru_place_named_in = /** @type {(inputs: Place_Named_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Упоминается в`)
};

const ar_place_named_in = /** @type {(inputs: Place_Named_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ورد في`)
};

/**
* | output |
* | --- |
* | "Named in" |
*
* @param {Place_Named_InInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const place_named_in = /** @type {((inputs?: Place_Named_InInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Named_InInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_place_named_in(inputs)
	if (locale === "de") return de_place_named_in(inputs)
	if (locale === "uk") return uk_place_named_in(inputs)
	if (locale === "ru") return ru_place_named_in(inputs)
	if (locale === "ar") return ar_place_named_in(inputs)
	return en_place_named_in(inputs)
});