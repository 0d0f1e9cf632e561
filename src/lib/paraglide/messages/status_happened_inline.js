/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_Happened_InlineInputs */

const en_status_happened_inline = /** @type {(inputs: Status_Happened_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`happened`)
};

const fr_status_happened_inline = /** @type {(inputs: Status_Happened_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a eu lieu`)
};

const de_status_happened_inline = /** @type {(inputs: Status_Happened_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stattgefunden`)
};

const uk_status_happened_inline = /** @type {(inputs: Status_Happened_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`відбулося`)
};

const ru_status_happened_inline = /** @type {(inputs: Status_Happened_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`состоялось`)
};

const ar_status_happened_inline = /** @type {(inputs: Status_Happened_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`وقع`)
};

/**
* | output |
* | --- |
* | "happened" |
*
* @param {Status_Happened_InlineInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const status_happened_inline = /** @type {((inputs?: Status_Happened_InlineInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_Happened_InlineInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_status_happened_inline(inputs)
	if (locale === "de") return de_status_happened_inline(inputs)
	if (locale === "uk") return uk_status_happened_inline(inputs)
	if (locale === "ru") return ru_status_happened_inline(inputs)
	if (locale === "ar") return ar_status_happened_inline(inputs)
	return en_status_happened_inline(inputs)
});