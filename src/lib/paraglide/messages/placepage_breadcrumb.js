/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Placepage_BreadcrumbInputs */

const en_placepage_breadcrumb = /** @type {(inputs: Placepage_BreadcrumbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Breadcrumb`)
};

const fr_placepage_breadcrumb = /** @type {(inputs: Placepage_BreadcrumbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fil d’Ariane`)
};

const de_placepage_breadcrumb = /** @type {(inputs: Placepage_BreadcrumbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brotkrümelnavigation`)
};

const uk_placepage_breadcrumb = /** @type {(inputs: Placepage_BreadcrumbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Навігаційний ланцюжок`)
};

const ru_placepage_breadcrumb = /** @type {(inputs: Placepage_BreadcrumbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Навигационная цепочка`)
};

const ar_placepage_breadcrumb = /** @type {(inputs: Placepage_BreadcrumbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مسار التنقل`)
};

/**
* | output |
* | --- |
* | "Breadcrumb" |
*
* @param {Placepage_BreadcrumbInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const placepage_breadcrumb = /** @type {((inputs?: Placepage_BreadcrumbInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Placepage_BreadcrumbInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_placepage_breadcrumb(inputs)
	if (locale === "de") return de_placepage_breadcrumb(inputs)
	if (locale === "uk") return uk_placepage_breadcrumb(inputs)
	if (locale === "ru") return ru_placepage_breadcrumb(inputs)
	if (locale === "ar") return ar_placepage_breadcrumb(inputs)
	return en_placepage_breadcrumb(inputs)
});