/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ place: NonNullable<unknown> }} Placepage_On_MapInputs */

const en_placepage_on_map = /** @type {(inputs: Placepage_On_MapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place} on the map`)
};

const fr_placepage_on_map = /** @type {(inputs: Placepage_On_MapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place} sur la carte`)
};

const de_placepage_on_map = /** @type {(inputs: Placepage_On_MapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place} auf der Karte`)
};

const uk_placepage_on_map = /** @type {(inputs: Placepage_On_MapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place} на мапі`)
};

const ru_placepage_on_map = /** @type {(inputs: Placepage_On_MapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place} на карте`)
};

const ar_placepage_on_map = /** @type {(inputs: Placepage_On_MapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place} على الخريطة`)
};

/**
* | output |
* | --- |
* | "{place} on the map" |
*
* @param {Placepage_On_MapInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const placepage_on_map = /** @type {((inputs: Placepage_On_MapInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Placepage_On_MapInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_placepage_on_map(inputs)
	if (locale === "de") return de_placepage_on_map(inputs)
	if (locale === "uk") return uk_placepage_on_map(inputs)
	if (locale === "ru") return ru_placepage_on_map(inputs)
	if (locale === "ar") return ar_placepage_on_map(inputs)
	return en_placepage_on_map(inputs)
});