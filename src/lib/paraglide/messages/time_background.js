/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Time_BackgroundInputs */

const en_time_background = /** @type {(inputs: Time_BackgroundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`background`)
};

const fr_time_background = /** @type {(inputs: Time_BackgroundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`contexte`)
};

const de_time_background = /** @type {(inputs: Time_BackgroundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hintergrund`)
};

const uk_time_background = /** @type {(inputs: Time_BackgroundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`тло`)
};

const ru_time_background = /** @type {(inputs: Time_BackgroundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`фон`)
};

const ar_time_background = /** @type {(inputs: Time_BackgroundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خلفية`)
};

/**
* | output |
* | --- |
* | "background" |
*
* @param {Time_BackgroundInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const time_background = /** @type {((inputs?: Time_BackgroundInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Time_BackgroundInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_time_background(inputs)
	if (locale === "de") return de_time_background(inputs)
	if (locale === "uk") return uk_time_background(inputs)
	if (locale === "ru") return ru_time_background(inputs)
	if (locale === "ar") return ar_time_background(inputs)
	return en_time_background(inputs)
});