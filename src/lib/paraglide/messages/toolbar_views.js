/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Toolbar_ViewsInputs */

const en_toolbar_views = /** @type {(inputs: Toolbar_ViewsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`View`)
};

const fr_toolbar_views = /** @type {(inputs: Toolbar_ViewsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Affichage`)
};

const de_toolbar_views = /** @type {(inputs: Toolbar_ViewsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ansicht`)
};

const uk_toolbar_views = /** @type {(inputs: Toolbar_ViewsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подання`)
};

const ru_toolbar_views = /** @type {(inputs: Toolbar_ViewsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вид`)
};

const ar_toolbar_views = /** @type {(inputs: Toolbar_ViewsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`طريقة العرض`)
};

/**
* | output |
* | --- |
* | "View" |
*
* @param {Toolbar_ViewsInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const toolbar_views = /** @type {((inputs?: Toolbar_ViewsInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Toolbar_ViewsInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_toolbar_views(inputs)
	if (locale === "de") return de_toolbar_views(inputs)
	if (locale === "uk") return uk_toolbar_views(inputs)
	if (locale === "ru") return ru_toolbar_views(inputs)
	if (locale === "ar") return ar_toolbar_views(inputs)
	return en_toolbar_views(inputs)
});