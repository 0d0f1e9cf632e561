/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_Intro_TitleInputs */

const en_app_intro_title = /** @type {(inputs: App_Intro_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How to read this map`)
};

const fr_app_intro_title = /** @type {(inputs: App_Intro_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment lire cette carte`)
};

const de_app_intro_title = /** @type {(inputs: App_Intro_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`So lesen Sie diese Karte`)
};

const uk_app_intro_title = /** @type {(inputs: App_Intro_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Як читати цю мапу`)
};

const ru_app_intro_title = /** @type {(inputs: App_Intro_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Как читать эту карту`)
};

const ar_app_intro_title = /** @type {(inputs: App_Intro_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`كيف تقرأ هذه الخريطة`)
};

/**
* | output |
* | --- |
* | "How to read this map" |
*
* @param {App_Intro_TitleInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const app_intro_title = /** @type {((inputs?: App_Intro_TitleInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Intro_TitleInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_app_intro_title(inputs)
	if (locale === "de") return de_app_intro_title(inputs)
	if (locale === "uk") return uk_app_intro_title(inputs)
	if (locale === "ru") return ru_app_intro_title(inputs)
	if (locale === "ar") return ar_app_intro_title(inputs)
	return en_app_intro_title(inputs)
});