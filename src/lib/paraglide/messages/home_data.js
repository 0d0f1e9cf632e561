/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Home_DataInputs */

const en_home_data = /** @type {(inputs: Home_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Data (GeoJSON)`)
};

const fr_home_data = /** @type {(inputs: Home_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Données (GeoJSON)`)
};

const de_home_data = /** @type {(inputs: Home_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daten (GeoJSON)`)
};

const uk_home_data = /** @type {(inputs: Home_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Дані (GeoJSON)`)
};

const ru_home_data = /** @type {(inputs: Home_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Данные (GeoJSON)`)
};

const ar_home_data = /** @type {(inputs: Home_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`البيانات (GeoJSON)`)
};

/**
* | output |
* | --- |
* | "Data (GeoJSON)" |
*
* @param {Home_DataInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const home_data = /** @type {((inputs?: Home_DataInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_DataInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_home_data(inputs)
	if (locale === "de") return de_home_data(inputs)
	if (locale === "uk") return uk_home_data(inputs)
	if (locale === "ru") return ru_home_data(inputs)
	if (locale === "ar") return ar_home_data(inputs)
	return en_home_data(inputs)
});