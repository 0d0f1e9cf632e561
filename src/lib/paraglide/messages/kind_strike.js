/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_StrikeInputs */

const en_kind_strike = /** @type {(inputs: Kind_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Strike`)
};

const fr_kind_strike = /** @type {(inputs: Kind_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frappe`)
};

const de_kind_strike = /** @type {(inputs: Kind_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angriff`)
};

const uk_kind_strike = /** @type {(inputs: Kind_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Удар`)
};

const ru_kind_strike = /** @type {(inputs: Kind_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Удар`)
};

const ar_kind_strike = /** @type {(inputs: Kind_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ضربة`)
};

/**
* | output |
* | --- |
* | "Strike" |
*
* @param {Kind_StrikeInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_strike = /** @type {((inputs?: Kind_StrikeInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_StrikeInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_strike(inputs)
	if (locale === "de") return de_kind_strike(inputs)
	if (locale === "uk") return uk_kind_strike(inputs)
	if (locale === "ru") return ru_kind_strike(inputs)
	if (locale === "ar") return ar_kind_strike(inputs)
	return en_kind_strike(inputs)
});