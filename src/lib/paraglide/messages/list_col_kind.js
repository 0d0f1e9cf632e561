/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Col_KindInputs */

const en_list_col_kind = /** @type {(inputs: List_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kind`)
};

const fr_list_col_kind = /** @type {(inputs: List_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type`)
};

const de_list_col_kind = /** @type {(inputs: List_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Art`)
};

const uk_list_col_kind = /** @type {(inputs: List_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тип`)
};

const ru_list_col_kind = /** @type {(inputs: List_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тип`)
};

const ar_list_col_kind = /** @type {(inputs: List_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`النوع`)
};

/**
* | output |
* | --- |
* | "Kind" |
*
* @param {List_Col_KindInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const list_col_kind = /** @type {((inputs?: List_Col_KindInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Col_KindInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_list_col_kind(inputs)
	if (locale === "de") return de_list_col_kind(inputs)
	if (locale === "uk") return uk_list_col_kind(inputs)
	if (locale === "ru") return ru_list_col_kind(inputs)
	if (locale === "ar") return ar_list_col_kind(inputs)
	return en_list_col_kind(inputs)
});