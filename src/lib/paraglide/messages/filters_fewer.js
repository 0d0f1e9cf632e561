/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filters_FewerInputs */

const en_filters_fewer = /** @type {(inputs: Filters_FewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fewer`)
};

const fr_filters_fewer = /** @type {(inputs: Filters_FewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Moins`)
};

const de_filters_fewer = /** @type {(inputs: Filters_FewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weniger`)
};

const uk_filters_fewer = /** @type {(inputs: Filters_FewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Менше`)
};

const ru_filters_fewer = /** @type {(inputs: Filters_FewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Меньше`)
};

const ar_filters_fewer = /** @type {(inputs: Filters_FewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عرض أقل`)
};

/**
* | output |
* | --- |
* | "Fewer" |
*
* @param {Filters_FewerInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const filters_fewer = /** @type {((inputs?: Filters_FewerInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_FewerInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_filters_fewer(inputs)
	if (locale === "de") return de_filters_fewer(inputs)
	if (locale === "uk") return uk_filters_fewer(inputs)
	if (locale === "ru") return ru_filters_fewer(inputs)
	if (locale === "ar") return ar_filters_fewer(inputs)
	return en_filters_fewer(inputs)
});