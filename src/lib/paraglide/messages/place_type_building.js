/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Place_Type_BuildingInputs */

const en_place_type_building = /** @type {(inputs: Place_Type_BuildingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Building`)
};

const fr_place_type_building = /** @type {(inputs: Place_Type_BuildingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bâtiment`)
};

const de_place_type_building = /** @type {(inputs: Place_Type_BuildingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gebäude`)
};

const uk_place_type_building = /** @type {(inputs: Place_Type_BuildingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Будівля`)
};

const ru_place_type_building = /** @type {(inputs: Place_Type_BuildingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Здание`)
};

const ar_place_type_building = /** @type {(inputs: Place_Type_BuildingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مبنى`)
};

/**
* | output |
* | --- |
* | "Building" |
*
* @param {Place_Type_BuildingInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const place_type_building = /** @type {((inputs?: Place_Type_BuildingInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Type_BuildingInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_place_type_building(inputs)
	if (locale === "de") return de_place_type_building(inputs)
	if (locale === "uk") return uk_place_type_building(inputs)
	if (locale === "ru") return ru_place_type_building(inputs)
	if (locale === "ar") return ar_place_type_building(inputs)
	return en_place_type_building(inputs)
});