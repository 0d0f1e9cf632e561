/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Search_Results_LabelInputs */

const en_search_results_label = /** @type {(inputs: Search_Results_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search results`)
};

const fr_search_results_label = /** @type {(inputs: Search_Results_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Résultats de la recherche`)
};

const de_search_results_label = /** @type {(inputs: Search_Results_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suchergebnisse`)
};

const uk_search_results_label = /** @type {(inputs: Search_Results_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Результати пошуку`)
};

const ru_search_results_label = /** @type {(inputs: Search_Results_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Результаты поиска`)
};

const ar_search_results_label = /** @type {(inputs: Search_Results_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`نتائج البحث`)
};

/**
* | output |
* | --- |
* | "Search results" |
*
* @param {Search_Results_LabelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const search_results_label = /** @type {((inputs?: Search_Results_LabelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Results_LabelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_search_results_label(inputs)
	if (locale === "de") return de_search_results_label(inputs)
	if (locale === "uk") return uk_search_results_label(inputs)
	if (locale === "ru") return ru_search_results_label(inputs)
	if (locale === "ar") return ar_search_results_label(inputs)
	return en_search_results_label(inputs)
});