/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Type_CountryInputs */

const en_place_type_country = /** @type {(inputs: Place_Type_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Country`)
};

const fr_place_type_country = /** @type {(inputs: Place_Type_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pays`)
};

const de_place_type_country = /** @type {(inputs: Place_Type_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Land`)
};

const uk_place_type_country = /** @type {(inputs: Place_Type_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Країна`)
};

const ru_place_type_country = /** @type {(inputs: Place_Type_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Страна`)
};

const ar_place_type_country = /** @type {(inputs: Place_Type_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`دولة`)
};

/**
* | output |
* | --- |
* | "Country" |
*
* @param {Place_Type_CountryInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const place_type_country = /** @type {((inputs?: Place_Type_CountryInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Type_CountryInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_place_type_country(inputs)
	if (locale === "de") return de_place_type_country(inputs)
	if (locale === "uk") return uk_place_type_country(inputs)
	if (locale === "ru") return ru_place_type_country(inputs)
	if (locale === "ar") return ar_place_type_country(inputs)
	return en_place_type_country(inputs)
});