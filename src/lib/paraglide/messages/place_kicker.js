/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_KickerInputs */

const en_place_kicker = /** @type {(inputs: Place_KickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Place`)
};

const fr_place_kicker = /** @type {(inputs: Place_KickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lieu`)
};

const de_place_kicker = /** @type {(inputs: Place_KickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ort`)
};

const uk_place_kicker = /** @type {(inputs: Place_KickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Місце`)
};

const ru_place_kicker = /** @type {(inputs: Place_KickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Место`)
};

const ar_place_kicker = /** @type {(inputs: Place_KickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مكان`)
};

/**
* | output |
* | --- |
* | "Place" |
*
* @param {Place_KickerInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const place_kicker = /** @type {((inputs?: Place_KickerInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_KickerInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_place_kicker(inputs)
	if (locale === "de") return de_place_kicker(inputs)
	if (locale === "uk") return uk_place_kicker(inputs)
	if (locale === "ru") return ru_place_kicker(inputs)
	if (locale === "ar") return ar_place_kicker(inputs)
	return en_place_kicker(inputs)
});