/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Present_NextInputs */

const en_present_next = /** @type {(inputs: Present_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next ›`)
};

const fr_present_next = /** @type {(inputs: Present_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suivante ›`)
};

const de_present_next = /** @type {(inputs: Present_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weiter ›`)
};

const uk_present_next = /** @type {(inputs: Present_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Наступна ›`)
};

const ru_present_next = /** @type {(inputs: Present_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Следующая ›`)
};

const ar_present_next = /** @type {(inputs: Present_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التالي ›`)
};

/**
* | output |
* | --- |
* | "Next ›" |
*
* @param {Present_NextInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_next = /** @type {((inputs?: Present_NextInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_NextInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_next(inputs)
	if (locale === "de") return de_present_next(inputs)
	if (locale === "uk") return uk_present_next(inputs)
	if (locale === "ru") return ru_present_next(inputs)
	if (locale === "ar") return ar_present_next(inputs)
	return en_present_next(inputs)
});