/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Visit_InlineInputs */

const en_kind_visit_inline = /** @type {(inputs: Kind_Visit_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`visit`)
};

const fr_kind_visit_inline = /** @type {(inputs: Kind_Visit_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`visite`)
};

const de_kind_visit_inline = /** @type {(inputs: Kind_Visit_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Besuch`)
};

const uk_kind_visit_inline = /** @type {(inputs: Kind_Visit_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`візит`)
};

const ru_kind_visit_inline = /** @type {(inputs: Kind_Visit_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`визит`)
};

const ar_kind_visit_inline = /** @type {(inputs: Kind_Visit_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`زيارة`)
};

/**
* | output |
* | --- |
* | "visit" |
*
* @param {Kind_Visit_InlineInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_visit_inline = /** @type {((inputs?: Kind_Visit_InlineInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Visit_InlineInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_visit_inline(inputs)
	if (locale === "de") return de_kind_visit_inline(inputs)
	if (locale === "uk") return uk_kind_visit_inline(inputs)
	if (locale === "ru") return ru_kind_visit_inline(inputs)
	if (locale === "ar") return ar_kind_visit_inline(inputs)
	return en_kind_visit_inline(inputs)
});