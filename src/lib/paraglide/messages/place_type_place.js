/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Type_PlaceInputs */

const en_place_type_place = /** @type {(inputs: Place_Type_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Place`)
};

const fr_place_type_place = /** @type {(inputs: Place_Type_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lieu`)
};

const de_place_type_place = /** @type {(inputs: Place_Type_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ort`)
};

const uk_place_type_place = /** @type {(inputs: Place_Type_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Місце`)
};

const ru_place_type_place = /** @type {(inputs: Place_Type_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Место`)
};

const ar_place_type_place = /** @type {(inputs: Place_Type_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مكان`)
};

/**
* | output |
* | --- |
* | "Place" |
*
* @param {Place_Type_PlaceInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const place_type_place = /** @type {((inputs?: Place_Type_PlaceInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Type_PlaceInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_place_type_place(inputs)
	if (locale === "de") return de_place_type_place(inputs)
	if (locale === "uk") return uk_place_type_place(inputs)
	if (locale === "ru") return ru_place_type_place(inputs)
	if (locale === "ar") return ar_place_type_place(inputs)
	return en_place_type_place(inputs)
});