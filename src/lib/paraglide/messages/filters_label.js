/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filters_LabelInputs */

const en_filters_label = /** @type {(inputs: Filters_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filters`)
};

const fr_filters_label = /** @type {(inputs: Filters_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filtres`)
};

const de_filters_label = /** @type {(inputs: Filters_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filter`)
};

const uk_filters_label = /** @type {(inputs: Filters_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Фільтри`)
};

const ru_filters_label = /** @type {(inputs: Filters_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Фильтры`)
};

const ar_filters_label = /** @type {(inputs: Filters_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عوامل التصفية`)
};

/**
* | output |
* | --- |
* | "Filters" |
*
* @param {Filters_LabelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const filters_label = /** @type {((inputs?: Filters_LabelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_LabelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_filters_label(inputs)
	if (locale === "de") return de_filters_label(inputs)
	if (locale === "uk") return uk_filters_label(inputs)
	if (locale === "ru") return ru_filters_label(inputs)
	if (locale === "ar") return ar_filters_label(inputs)
	return en_filters_label(inputs)
});