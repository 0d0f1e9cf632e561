/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Handouts_On_MapInputs */

const en_handouts_on_map = /** @type {(inputs: Handouts_On_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`On the map`)
};

const fr_handouts_on_map = /** @type {(inputs: Handouts_On_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sur la carte`)
};

const de_handouts_on_map = /** @type {(inputs: Handouts_On_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf der Karte`)
};

const uk_handouts_on_map = /** @type {(inputs: Handouts_On_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На мапі`)
};

const ru_handouts_on_map = /** @type {(inputs: Handouts_On_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На карте`)
};

const ar_handouts_on_map = /** @type {(inputs: Handouts_On_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`على الخريطة`)
};

/**
* | output |
* | --- |
* | "On the map" |
*
* @param {Handouts_On_MapInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const handouts_on_map = /** @type {((inputs?: Handouts_On_MapInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Handouts_On_MapInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_handouts_on_map(inputs)
	if (locale === "de") return de_handouts_on_map(inputs)
	if (locale === "uk") return uk_handouts_on_map(inputs)
	if (locale === "ru") return ru_handouts_on_map(inputs)
	if (locale === "ar") return ar_handouts_on_map(inputs)
	return en_handouts_on_map(inputs)
});