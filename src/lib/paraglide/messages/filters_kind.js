/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filters_KindInputs */

const en_filters_kind = /** @type {(inputs: Filters_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kind`)
};

const fr_filters_kind = /** @type {(inputs: Filters_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type`)
};

const de_filters_kind = /** @type {(inputs: Filters_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Art`)
};

const uk_filters_kind = /** @type {(inputs: Filters_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тип`)
};

const ru_filters_kind = /** @type {(inputs: Filters_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тип`)
};

const ar_filters_kind = /** @type {(inputs: Filters_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`النوع`)
};

/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Filters_KindInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const filters_kind = /** @type {((inputs?: Filters_KindInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_KindInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_filters_kind(inputs)
	if (locale === "de") return de_filters_kind(inputs)
	if (locale === "uk") return uk_filters_kind(inputs)
	if (locale === "ru") return ru_filters_kind(inputs)
	if (locale === "ar") return ar_filters_kind(inputs)
	return en_filters_kind(inputs)
});