/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_Cancelled_InlineInputs */

const en_status_cancelled_inline = /** @type {(inputs: Status_Cancelled_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cancelled`)
};

const fr_status_cancelled_inline = /** @type {(inputs: Status_Cancelled_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`annulé`)
};

const de_status_cancelled_inline = /** @type {(inputs: Status_Cancelled_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`abgesagt`)
};

const uk_status_cancelled_inline = /** @type {(inputs: Status_Cancelled_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`скасовано`)
};

const ru_status_cancelled_inline = /** @type {(inputs: Status_Cancelled_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`отменено`)
};

const ar_status_cancelled_inline = /** @type {(inputs: Status_Cancelled_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ملغى`)
};

/**
* | output |
* | --- |
* | "cancelled" |
*
* @param {Status_Cancelled_InlineInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const status_cancelled_inline = /** @type {((inputs?: Status_Cancelled_InlineInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_Cancelled_InlineInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_status_cancelled_inline(inputs)
	if (locale === "de") return de_status_cancelled_inline(inputs)
	if (locale === "uk") return uk_status_cancelled_inline(inputs)
	if (locale === "ru") return ru_status_cancelled_inline(inputs)
	if (locale === "ar") return ar_status_cancelled_inline(inputs)
	return en_status_cancelled_inline(inputs)
});