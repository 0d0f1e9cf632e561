/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Toolbar_View_MapInputs */

const en_toolbar_view_map = /** @type {(inputs: Toolbar_View_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map`)
};

const fr_toolbar_view_map = /** @type {(inputs: Toolbar_View_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Carte`)
};

const de_toolbar_view_map = /** @type {(inputs: Toolbar_View_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte`)
};

const uk_toolbar_view_map = /** @type {(inputs: Toolbar_View_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мапа`)
};

const ru_toolbar_view_map = /** @type {(inputs: Toolbar_View_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта`)
};

const ar_toolbar_view_map = /** @type {(inputs: Toolbar_View_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الخريطة`)
};

/**
* | output |
* | --- |
* | "Map" |
*
* @param {Toolbar_View_MapInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const toolbar_view_map = /** @type {((inputs?: Toolbar_View_MapInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Toolbar_View_MapInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_toolbar_view_map(inputs)
	if (locale === "de") return de_toolbar_view_map(inputs)
	if (locale === "uk") return uk_toolbar_view_map(inputs)
	if (locale === "ru") return ru_toolbar_view_map(inputs)
	if (locale === "ar") return ar_toolbar_view_map(inputs)
	return en_toolbar_view_map(inputs)
});