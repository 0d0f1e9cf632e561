/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Col_WhenInputs */

const en_list_col_when = /** @type {(inputs: List_Col_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When`)
};

const fr_list_col_when = /** @type {(inputs: List_Col_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Date`)
};

const de_list_col_when = /** @type {(inputs: List_Col_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wann`)
};

const uk_list_col_when = /** @type {(inputs: List_Col_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коли`)
};

const ru_list_col_when = /** @type {(inputs: List_Col_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Когда`)
};

const ar_list_col_when = /** @type {(inputs: List_Col_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`متى`)
};

/**
* | output |
* | --- |
* | "When" |
*
* @param {List_Col_WhenInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const list_col_when = /** @type {((inputs?: List_Col_WhenInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Col_WhenInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_list_col_when(inputs)
	if (locale === "de") return de_list_col_when(inputs)
	if (locale === "uk") return uk_list_col_when(inputs)
	if (locale === "ru") return ru_list_col_when(inputs)
	if (locale === "ar") return ar_list_col_when(inputs)
	return en_list_col_when(inputs)
});