/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Trade_InlineInputs */

const en_kind_trade_inline = /** @type {(inputs: Kind_Trade_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`trade`)
};

const fr_kind_trade_inline = /** @type {(inputs: Kind_Trade_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`commerce`)
};

const de_kind_trade_inline = /** @type {(inputs: Kind_Trade_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Handel`)
};

const uk_kind_trade_inline = /** @type {(inputs: Kind_Trade_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`торгівля`)
};

const ru_kind_trade_inline = /** @type {(inputs: Kind_Trade_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`торговля`)
};

const ar_kind_trade_inline = /** @type {(inputs: Kind_Trade_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تجارة`)
};

/**
* | output |
* | --- |
* | "trade" |
*
* @param {Kind_Trade_InlineInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_trade_inline = /** @type {((inputs?: Kind_Trade_InlineInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Trade_InlineInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_trade_inline(inputs)
	if (locale === "de") return de_kind_trade_inline(inputs)
	if (locale === "uk") return uk_kind_trade_inline(inputs)
	if (locale === "ru") return ru_kind_trade_inline(inputs)
	if (locale === "ar") return ar_kind_trade_inline(inputs)
	return en_kind_trade_inline(inputs)
});