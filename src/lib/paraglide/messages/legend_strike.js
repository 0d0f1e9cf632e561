/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_StrikeInputs */

const en_legend_strike = /** @type {(inputs: Legend_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Strike or attack`)
};

const fr_legend_strike = /** @type {(inputs: Legend_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frappe ou attaque`)
};

const de_legend_strike = /** @type {(inputs: Legend_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angriff oder Anschlag`)
};

const uk_legend_strike = /** @type {(inputs: Legend_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Удар або атака`)
};

const ru_legend_strike = /** @type {(inputs: Legend_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Удар или атака`)
};

const ar_legend_strike = /** @type {(inputs: Legend_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ضربة أو هجوم`)
};

/**
* | output |
* | --- |
* | "Strike or attack" |
*
* @param {Legend_StrikeInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const legend_strike = /** @type {((inputs?: Legend_StrikeInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_StrikeInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_legend_strike(inputs)
	if (locale === "de") return de_legend_strike(inputs)
	if (locale === "uk") return uk_legend_strike(inputs)
	if (locale === "ru") return ru_legend_strike(inputs)
	if (locale === "ar") return ar_legend_strike(inputs)
	return en_legend_strike(inputs)
});