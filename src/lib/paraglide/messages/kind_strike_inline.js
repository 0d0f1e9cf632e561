/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Strike_InlineInputs */

const en_kind_strike_inline = /** @type {(inputs: Kind_Strike_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`strike`)
};

const fr_kind_strike_inline = /** @type {(inputs: Kind_Strike_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`frappe`)
};

const de_kind_strike_inline = /** @type {(inputs: Kind_Strike_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angriff`)
};

const uk_kind_strike_inline = /** @type {(inputs: Kind_Strike_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`удар`)
};

const ru_kind_strike_inline = /** @type {(inputs: Kind_Strike_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`удар`)
};

const ar_kind_strike_inline = /** @type {(inputs: Kind_Strike_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ضربة`)
};

/**
* | output |
* | --- |
* | "strike" |
*
* @param {Kind_Strike_InlineInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_strike_inline = /** @type {((inputs?: Kind_Strike_InlineInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Strike_InlineInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_strike_inline(inputs)
	if (locale === "de") return de_kind_strike_inline(inputs)
	if (locale === "uk") return uk_kind_strike_inline(inputs)
	if (locale === "ru") return ru_kind_strike_inline(inputs)
	if (locale === "ar") return ar_kind_strike_inline(inputs)
	return en_kind_strike_inline(inputs)
});