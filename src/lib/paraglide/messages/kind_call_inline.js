/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Call_InlineInputs */

const en_kind_call_inline = /** @type {(inputs: Kind_Call_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`call`)
};

const fr_kind_call_inline = /** @type {(inputs: Kind_Call_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`entretien téléphonique`)
};

const de_kind_call_inline = /** @type {(inputs: Kind_Call_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefonat`)
};

const uk_kind_call_inline = /** @type {(inputs: Kind_Call_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`телефонна розмова`)
};

const ru_kind_call_inline = /** @type {(inputs: Kind_Call_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`телефонный разговор`)
};

const ar_kind_call_inline = /** @type {(inputs: Kind_Call_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اتصال هاتفي`)
};

/**
* | output |
* | --- |
* | "call" |
*
* @param {Kind_Call_InlineInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_call_inline = /** @type {((inputs?: Kind_Call_InlineInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Call_InlineInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_call_inline(inputs)
	if (locale === "de") return de_kind_call_inline(inputs)
	if (locale === "uk") return uk_kind_call_inline(inputs)
	if (locale === "ru") return ru_kind_call_inline(inputs)
	if (locale === "ar") return ar_kind_call_inline(inputs)
	return en_kind_call_inline(inputs)
});