/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Group_TradeInputs */

const en_kind_group_trade = /** @type {(inputs: Kind_Group_TradeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trade and sanctions`)
};

const fr_kind_group_trade = /** @type {(inputs: Kind_Group_TradeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Commerce et sanctions`)
};

const de_kind_group_trade = /** @type {(inputs: Kind_Group_TradeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Handel und Sanktionen`)
};

const uk_kind_group_trade = /** @type {(inputs: Kind_Group_TradeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Торгівля і санкції`)
};

const ru_kind_group_trade = /** @type {(inputs: Kind_Group_TradeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Торговля и санкции`)
};

const ar_kind_group_trade = /** @type {(inputs: Kind_Group_TradeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التجارة والعقوبات`)
};

/**
* | output |
* | --- |
* | "Trade and sanctions" |
*
* @param {Kind_Group_TradeInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_group_trade = /** @type {((inputs?: Kind_Group_TradeInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Group_TradeInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_group_trade(inputs)
	if (locale === "de") return de_kind_group_trade(inputs)
	if (locale === "uk") return uk_kind_group_trade(inputs)
	if (locale === "ru") return ru_kind_group_trade(inputs)
	if (locale === "ar") return ar_kind_group_trade(inputs)
	return en_kind_group_trade(inputs)
});