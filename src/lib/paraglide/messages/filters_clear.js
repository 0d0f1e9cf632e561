/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filters_ClearInputs */

const en_filters_clear = /** @type {(inputs: Filters_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clear filters`)
};

const fr_filters_clear = /** @type {(inputs: Filters_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Effacer les filtres`)
};

const de_filters_clear = /** @type {(inputs: Filters_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filter zurücksetzen`)
};

const uk_filters_clear = /** @type {(inputs: Filters_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Скинути фільтри`)
};

const ru_filters_clear = /** @type {(inputs: Filters_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сбросить фильтры`)
};

const ar_filters_clear = /** @type {(inputs: Filters_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مسح عوامل التصفية`)
};

/**
* | output |
* | --- |
* | "Clear filters" |
*
* @param {Filters_ClearInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const filters_clear = /** @type {((inputs?: Filters_ClearInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_ClearInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_filters_clear(inputs)
	if (locale === "de") return de_filters_clear(inputs)
	if (locale === "uk") return uk_filters_clear(inputs)
	if (locale === "ru") return ru_filters_clear(inputs)
	if (locale === "ar") return ar_filters_clear(inputs)
	return en_filters_clear(inputs)
});