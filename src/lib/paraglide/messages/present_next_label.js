/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Present_Next_LabelInputs */

const en_present_next_label = /** @type {(inputs: Present_Next_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next scene`)
};

const fr_present_next_label = /** @type {(inputs: Present_Next_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Scène suivante`)
};

const de_present_next_label = /** @type {(inputs: Present_Next_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nächste Szene`)
};

const uk_present_next_label = /** @type {(inputs: Present_Next_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Наступна сцена`)
};

const ru_present_next_label = /** @type {(inputs: Present_Next_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Следующая сцена`)
};

const ar_present_next_label = /** @type {(inputs: Present_Next_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المشهد التالي`)
};

/**
* | output |
* | --- |
* | "Next scene" |
*
* @param {Present_Next_LabelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_next_label = /** @type {((inputs?: Present_Next_LabelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Next_LabelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_next_label(inputs)
	if (locale === "de") return de_present_next_label(inputs)
	if (locale === "uk") return uk_present_next_label(inputs)
	if (locale === "ru") return ru_present_next_label(inputs)
	if (locale === "ar") return ar_present_next_label(inputs)
	return en_present_next_label(inputs)
});