/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Toolbar_View_ListInputs */

const en_toolbar_view_list = /** @type {(inputs: Toolbar_View_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`List`)
};

const fr_toolbar_view_list = /** @type {(inputs: Toolbar_View_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Liste`)
};

const de_toolbar_view_list = /** @type {(inputs: Toolbar_View_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Liste`)
};

const uk_toolbar_view_list = /** @type {(inputs: Toolbar_View_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Список`)
};

const ru_toolbar_view_list = /** @type {(inputs: Toolbar_View_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Список`)
};

const ar_toolbar_view_list = /** @type {(inputs: Toolbar_View_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`القائمة`)
};

/**
* | output |
* | --- |
* | "List" |
*
* @param {Toolbar_View_ListInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const toolbar_view_list = /** @type {((inputs?: Toolbar_View_ListInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Toolbar_View_ListInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_toolbar_view_list(inputs)
	if (locale === "de") return de_toolbar_view_list(inputs)
	if (locale === "uk") return uk_toolbar_view_list(inputs)
	if (locale === "ru") return ru_toolbar_view_list(inputs)
	if (locale === "ar") return ar_toolbar_view_list(inputs)
	return en_toolbar_view_list(inputs)
});