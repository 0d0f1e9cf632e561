/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Toolbar_FiltersInputs */

const en_toolbar_filters = /** @type {(inputs: Toolbar_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filters`)
};

const fr_toolbar_filters = /** @type {(inputs: Toolbar_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filtres`)
};

const de_toolbar_filters = /** @type {(inputs: Toolbar_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filter`)
};

const uk_toolbar_filters = /** @type {(inputs: Toolbar_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Фільтри`)
};

const ru_toolbar_filters = /** @type {(inputs: Toolbar_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Фильтры`)
};

const ar_toolbar_filters = /** @type {(inputs: Toolbar_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عوامل التصفية`)
};

/**
* | output |
* | --- |
* | "Filters" |
*
* @param {Toolbar_FiltersInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const toolbar_filters = /** @type {((inputs?: Toolbar_FiltersInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Toolbar_FiltersInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_toolbar_filters(inputs)
	if (locale === "de") return de_toolbar_filters(inputs)
	if (locale === "uk") return uk_toolbar_filters(inputs)
	if (locale === "ru") return ru_toolbar_filters(inputs)
	if (locale === "ar") return ar_toolbar_filters(inputs)
	return en_toolbar_filters(inputs)
});