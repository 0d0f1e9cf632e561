/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_About_MapInputs */

const en_app_about_map = /** @type {(inputs: App_About_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`About this map`)
};

const fr_app_about_map = /** @type {(inputs: App_About_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`À propos de cette carte`)
};

const de_app_about_map = /** @type {(inputs: App_About_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Über diese Karte`)
};

const uk_app_about_map = /** @type {(inputs: App_About_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Про цю карту`)
};

const ru_app_about_map = /** @type {(inputs: App_About_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Об этой карте`)
};

const ar_app_about_map = /** @type {(inputs: App_About_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عن هذه الخريطة`)
};

/**
* | output |
* | --- |
* | "About this map" |
*
* @param {App_About_MapInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const app_about_map = /** @type {((inputs?: App_About_MapInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_About_MapInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_app_about_map(inputs)
	if (locale === "de") return de_app_about_map(inputs)
	if (locale === "uk") return uk_app_about_map(inputs)
	if (locale === "ru") return ru_app_about_map(inputs)
	if (locale === "ar") return ar_app_about_map(inputs)
	return en_app_about_map(inputs)
});