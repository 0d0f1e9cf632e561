/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_TradeInputs */

const en_legend_trade = /** @type {(inputs: Legend_TradeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trade, arms, oil, sanctions`)
};

const fr_legend_trade = /** @type {(inputs: Legend_TradeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Commerce, armes, pétrole, sanctions`)
};

const de_legend_trade = /** @type {(inputs: Legend_TradeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Handel, Waffen, Öl, Sanktionen`)
};

const uk_legend_trade = /** @type {(inputs: Legend_TradeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Торгівля, зброя, нафта, санкції`)
};

const ru_legend_trade = /** @type {(inputs: Legend_TradeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Торговля, оружие, нефть, санкции`)
};

const ar_legend_trade = /** @type {(inputs: Legend_TradeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تجارة، أسلحة، نفط، عقوبات`)
};

/**
* | output |
* | --- |
* | "Trade, arms, oil, sanctions" |
*
* @param {Legend_TradeInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const legend_trade = /** @type {((inputs?: Legend_TradeInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_TradeInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_legend_trade(inputs)
	if (locale === "de") return de_legend_trade(inputs)
	if (locale === "uk") return uk_legend_trade(inputs)
	if (locale === "ru") return ru_legend_trade(inputs)
	if (locale === "ar") return ar_legend_trade(inputs)
	return en_legend_trade(inputs)
});