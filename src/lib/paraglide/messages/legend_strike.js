/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_StrikeInputs */

const en_legend_strike = /** @type {(inputs: Legend_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Strike on a place, with claimed casualties`)
};

const fr_legend_strike = /** @type {(inputs: Legend_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frappe sur un lieu, avec les victimes annoncées`)
};

const de_legend_strike = /** @type {(inputs: Legend_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angriff auf einen Ort, mit gemeldeten Opfern`)
};

const uk_legend_strike = /** @type {(inputs: Legend_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Удар по місцю, із заявленими жертвами`)
};

const ru_legend_strike = /** @type {(inputs: Legend_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Удар по месту, с заявленными жертвами`)
};

const ar_legend_strike = /** @type {(inputs: Legend_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ضربة على مكان، مع الخسائر المعلنة`)
};

/**
* | output |
* | --- |
* | "Strike on a place, with claimed casualties" |
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