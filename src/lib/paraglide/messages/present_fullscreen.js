/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Present_FullscreenInputs */

const en_present_fullscreen = /** @type {(inputs: Present_FullscreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Full screen`)
};

const fr_present_fullscreen = /** @type {(inputs: Present_FullscreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plein écran`)
};

const de_present_fullscreen = /** @type {(inputs: Present_FullscreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vollbild`)
};

const uk_present_fullscreen = /** @type {(inputs: Present_FullscreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На весь екран`)
};

const ru_present_fullscreen = /** @type {(inputs: Present_FullscreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Во весь экран`)
};

const ar_present_fullscreen = /** @type {(inputs: Present_FullscreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ملء الشاشة`)
};

/**
* | output |
* | --- |
* | "Full screen" |
*
* @param {Present_FullscreenInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_fullscreen = /** @type {((inputs?: Present_FullscreenInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_FullscreenInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_fullscreen(inputs)
	if (locale === "de") return de_present_fullscreen(inputs)
	if (locale === "uk") return uk_present_fullscreen(inputs)
	if (locale === "ru") return ru_present_fullscreen(inputs)
	if (locale === "ar") return ar_present_fullscreen(inputs)
	return en_present_fullscreen(inputs)
});