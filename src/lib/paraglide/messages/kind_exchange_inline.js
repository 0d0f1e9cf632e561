/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Exchange_InlineInputs */

const en_kind_exchange_inline = /** @type {(inputs: Kind_Exchange_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`exchange`)
};

const fr_kind_exchange_inline = /** @type {(inputs: Kind_Exchange_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`échange`)
};

const de_kind_exchange_inline = /** @type {(inputs: Kind_Exchange_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Austausch`)
};

const uk_kind_exchange_inline = /** @type {(inputs: Kind_Exchange_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`обмін`)
};

const ru_kind_exchange_inline = /** @type {(inputs: Kind_Exchange_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`обмен`)
};

const ar_kind_exchange_inline = /** @type {(inputs: Kind_Exchange_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تبادل`)
};

/**
* | output |
* | --- |
* | "exchange" |
*
* @param {Kind_Exchange_InlineInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_exchange_inline = /** @type {((inputs?: Kind_Exchange_InlineInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Exchange_InlineInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_exchange_inline(inputs)
	if (locale === "de") return de_kind_exchange_inline(inputs)
	if (locale === "uk") return uk_kind_exchange_inline(inputs)
	if (locale === "ru") return ru_kind_exchange_inline(inputs)
	if (locale === "ar") return ar_kind_exchange_inline(inputs)
	return en_kind_exchange_inline(inputs)
});