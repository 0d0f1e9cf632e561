/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Present_ControlsInputs */

const en_present_controls = /** @type {(inputs: Present_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Presentation`)
};

const fr_present_controls = /** @type {(inputs: Present_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Présentation`)
};

const de_present_controls = /** @type {(inputs: Present_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Präsentation`)
};

const uk_present_controls = /** @type {(inputs: Present_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Презентація`)
};

const ru_present_controls = /** @type {(inputs: Present_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Презентация`)
};

const ar_present_controls = /** @type {(inputs: Present_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`العرض التقديمي`)
};

/**
* | output |
* | --- |
* | "Presentation" |
*
* @param {Present_ControlsInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_controls = /** @type {((inputs?: Present_ControlsInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_ControlsInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_controls(inputs)
	if (locale === "de") return de_present_controls(inputs)
	if (locale === "uk") return uk_present_controls(inputs)
	if (locale === "ru") return ru_present_controls(inputs)
	if (locale === "ar") return ar_present_controls(inputs)
	return en_present_controls(inputs)
});