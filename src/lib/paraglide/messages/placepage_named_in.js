/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Placepage_Named_InInputs */

const en_placepage_named_in = /** @type {(inputs: Placepage_Named_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Named in`)
};

const fr_placepage_named_in = /** @type {(inputs: Placepage_Named_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cité dans`)
};

const de_placepage_named_in = /** @type {(inputs: Placepage_Named_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Genannt in`)
};

const uk_placepage_named_in = /** @type {(inputs: Placepage_Named_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Згадано в`)
};

const ru_placepage_named_in = /** @type {(inputs: Placepage_Named_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Упоминается в`)
};

const ar_placepage_named_in = /** @type {(inputs: Placepage_Named_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ورد في`)
};

/**
* | output |
* | --- |
* | "Named in" |
*
* @param {Placepage_Named_InInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const placepage_named_in = /** @type {((inputs?: Placepage_Named_InInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Placepage_Named_InInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_placepage_named_in(inputs)
	if (locale === "de") return de_placepage_named_in(inputs)
	if (locale === "uk") return uk_placepage_named_in(inputs)
	if (locale === "ru") return ru_placepage_named_in(inputs)
	if (locale === "ar") return ar_placepage_named_in(inputs)
	return en_placepage_named_in(inputs)
});