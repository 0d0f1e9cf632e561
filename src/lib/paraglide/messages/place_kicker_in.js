/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ place: NonNullable<unknown> }} Place_Kicker_InInputs */

const en_place_kicker_in = /** @type {(inputs: Place_Kicker_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Place in ${i?.place}`)
};

const fr_place_kicker_in = /** @type {(inputs: Place_Kicker_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lieu · ${i?.place}`)
};

const de_place_kicker_in = /** @type {(inputs: Place_Kicker_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ort in ${i?.place}`)
};

const uk_place_kicker_in = /** @type {(inputs: Place_Kicker_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Місце: ${i?.place}`)
};

const ru_place_kicker_in = /** @type {(inputs: Place_Kicker_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Место: ${i?.place}`)
};

const ar_place_kicker_in = /** @type {(inputs: Place_Kicker_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`مكان في ${i?.place}`)
};

/**
* | output |
* | --- |
* | "Place in {place}" |
*
* @param {Place_Kicker_InInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const place_kicker_in = /** @type {((inputs: Place_Kicker_InInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Kicker_InInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_place_kicker_in(inputs)
	if (locale === "de") return de_place_kicker_in(inputs)
	if (locale === "uk") return uk_place_kicker_in(inputs)
	if (locale === "ru") return ru_place_kicker_in(inputs)
	if (locale === "ar") return ar_place_kicker_in(inputs)
	return en_place_kicker_in(inputs)
});