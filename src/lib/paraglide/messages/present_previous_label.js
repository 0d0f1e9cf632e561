/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Present_Previous_LabelInputs */

const en_present_previous_label = /** @type {(inputs: Present_Previous_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Previous scene`)
};

const fr_present_previous_label = /** @type {(inputs: Present_Previous_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Scène précédente`)
};

const de_present_previous_label = /** @type {(inputs: Present_Previous_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vorherige Szene`)
};

const uk_present_previous_label = /** @type {(inputs: Present_Previous_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Попередня сцена`)
};

const ru_present_previous_label = /** @type {(inputs: Present_Previous_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Предыдущая сцена`)
};

const ar_present_previous_label = /** @type {(inputs: Present_Previous_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المشهد السابق`)
};

/**
* | output |
* | --- |
* | "Previous scene" |
*
* @param {Present_Previous_LabelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_previous_label = /** @type {((inputs?: Present_Previous_LabelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Previous_LabelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_previous_label(inputs)
	if (locale === "de") return de_present_previous_label(inputs)
	if (locale === "uk") return uk_present_previous_label(inputs)
	if (locale === "ru") return ru_present_previous_label(inputs)
	if (locale === "ar") return ar_present_previous_label(inputs)
	return en_present_previous_label(inputs)
});