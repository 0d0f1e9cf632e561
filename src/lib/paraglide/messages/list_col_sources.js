/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Col_SourcesInputs */

const en_list_col_sources = /** @type {(inputs: List_Col_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sources`)
};

const fr_list_col_sources = /** @type {(inputs: List_Col_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sources`)
};

const de_list_col_sources = /** @type {(inputs: List_Col_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quellen`)
};

const uk_list_col_sources = /** @type {(inputs: List_Col_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Джерела`)
};

const ru_list_col_sources = /** @type {(inputs: List_Col_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Источники`)
};

const ar_list_col_sources = /** @type {(inputs: List_Col_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المصادر`)
};

/**
* | output |
* | --- |
* | "Sources" |
*
* @param {List_Col_SourcesInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const list_col_sources = /** @type {((inputs?: List_Col_SourcesInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Col_SourcesInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_list_col_sources(inputs)
	if (locale === "de") return de_list_col_sources(inputs)
	if (locale === "uk") return uk_list_col_sources(inputs)
	if (locale === "ru") return ru_list_col_sources(inputs)
	if (locale === "ar") return ar_list_col_sources(inputs)
	return en_list_col_sources(inputs)
});