/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Present_ContrastInputs */

const en_present_contrast = /** @type {(inputs: Present_ContrastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`High contrast`)
};

const fr_present_contrast = /** @type {(inputs: Present_ContrastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contraste élevé`)
};

const de_present_contrast = /** @type {(inputs: Present_ContrastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hoher Kontrast`)
};

const uk_present_contrast = /** @type {(inputs: Present_ContrastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Висока контрастність`)
};

const ru_present_contrast = /** @type {(inputs: Present_ContrastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Высокая контрастность`)
};

const ar_present_contrast = /** @type {(inputs: Present_ContrastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تباين عالٍ`)
};

/**
* | output |
* | --- |
* | "High contrast" |
*
* @param {Present_ContrastInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_contrast = /** @type {((inputs?: Present_ContrastInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_ContrastInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_contrast(inputs)
	if (locale === "de") return de_present_contrast(inputs)
	if (locale === "uk") return uk_present_contrast(inputs)
	if (locale === "ru") return ru_present_contrast(inputs)
	if (locale === "ar") return ar_present_contrast(inputs)
	return en_present_contrast(inputs)
});