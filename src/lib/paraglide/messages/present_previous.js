/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Present_PreviousInputs */

const en_present_previous = /** @type {(inputs: Present_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`‹ Previous`)
};

const fr_present_previous = /** @type {(inputs: Present_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`‹ Précédente`)
};

const de_present_previous = /** @type {(inputs: Present_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`‹ Zurück`)
};

const uk_present_previous = /** @type {(inputs: Present_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`‹ Попередня`)
};

const ru_present_previous = /** @type {(inputs: Present_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`‹ Предыдущая`)
};

const ar_present_previous = /** @type {(inputs: Present_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`‹ السابق`)
};

/**
* | output |
* | --- |
* | "‹ Previous" |
*
* @param {Present_PreviousInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_previous = /** @type {((inputs?: Present_PreviousInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_PreviousInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_previous(inputs)
	if (locale === "de") return de_present_previous(inputs)
	if (locale === "uk") return uk_present_previous(inputs)
	if (locale === "ru") return ru_present_previous(inputs)
	if (locale === "ar") return ar_present_previous(inputs)
	return en_present_previous(inputs)
});