/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_AttributionInputs */

const en_map_attribution = /** @type {(inputs: Map_AttributionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Basemap: Natural Earth`)
};

const fr_map_attribution = /** @type {(inputs: Map_AttributionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fond de carte : Natural Earth`)
};

const de_map_attribution = /** @type {(inputs: Map_AttributionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Grundkarte: Natural Earth`)
};

const uk_map_attribution = /** @type {(inputs: Map_AttributionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Основа мапи: Natural Earth`)
};

const ru_map_attribution = /** @type {(inputs: Map_AttributionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подложка: Natural Earth`)
};

const ar_map_attribution = /** @type {(inputs: Map_AttributionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الخريطة الأساسية: Natural Earth`)
};

/**
* | output |
* | --- |
* | "Basemap: Natural Earth" |
*
* @param {Map_AttributionInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const map_attribution = /** @type {((inputs?: Map_AttributionInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_AttributionInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_map_attribution(inputs)
	if (locale === "de") return de_map_attribution(inputs)
	if (locale === "uk") return uk_map_attribution(inputs)
	if (locale === "ru") return ru_map_attribution(inputs)
	if (locale === "ar") return ar_map_attribution(inputs)
	return en_map_attribution(inputs)
});