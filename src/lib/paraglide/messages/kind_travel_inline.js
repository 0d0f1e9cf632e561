/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Travel_InlineInputs */

const en_kind_travel_inline = /** @type {(inputs: Kind_Travel_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`travel`)
};

const fr_kind_travel_inline = /** @type {(inputs: Kind_Travel_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`déplacement`)
};

const de_kind_travel_inline = /** @type {(inputs: Kind_Travel_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reise`)
};

const uk_kind_travel_inline = /** @type {(inputs: Kind_Travel_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`поїздка`)
};

const ru_kind_travel_inline = /** @type {(inputs: Kind_Travel_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`поездка`)
};

const ar_kind_travel_inline = /** @type {(inputs: Kind_Travel_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تنقّل`)
};

/**
* | output |
* | --- |
* | "travel" |
*
* @param {Kind_Travel_InlineInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_travel_inline = /** @type {((inputs?: Kind_Travel_InlineInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Travel_InlineInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_travel_inline(inputs)
	if (locale === "de") return de_kind_travel_inline(inputs)
	if (locale === "uk") return uk_kind_travel_inline(inputs)
	if (locale === "ru") return ru_kind_travel_inline(inputs)
	if (locale === "ar") return ar_kind_travel_inline(inputs)
	return en_kind_travel_inline(inputs)
});