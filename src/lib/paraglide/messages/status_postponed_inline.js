/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_Postponed_InlineInputs */

const en_status_postponed_inline = /** @type {(inputs: Status_Postponed_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`postponed`)
};

const fr_status_postponed_inline = /** @type {(inputs: Status_Postponed_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`reporté`)
};

const de_status_postponed_inline = /** @type {(inputs: Status_Postponed_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`verschoben`)
};

const uk_status_postponed_inline = /** @type {(inputs: Status_Postponed_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`відкладено`)
};

const ru_status_postponed_inline = /** @type {(inputs: Status_Postponed_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`отложено`)
};

const ar_status_postponed_inline = /** @type {(inputs: Status_Postponed_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مؤجَّل`)
};

/**
* | output |
* | --- |
* | "postponed" |
*
* @param {Status_Postponed_InlineInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const status_postponed_inline = /** @type {((inputs?: Status_Postponed_InlineInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_Postponed_InlineInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_status_postponed_inline(inputs)
	if (locale === "de") return de_status_postponed_inline(inputs)
	if (locale === "uk") return uk_status_postponed_inline(inputs)
	if (locale === "ru") return ru_status_postponed_inline(inputs)
	if (locale === "ar") return ar_status_postponed_inline(inputs)
	return en_status_postponed_inline(inputs)
});