/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Placepage_WhoInputs */

const en_placepage_who = /** @type {(inputs: Placepage_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who`)
};

const fr_placepage_who = /** @type {(inputs: Placepage_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qui`)
};

const de_placepage_who = /** @type {(inputs: Placepage_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wer`)
};

const uk_placepage_who = /** @type {(inputs: Placepage_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Хто`)
};

const ru_placepage_who = /** @type {(inputs: Placepage_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кто`)
};

const ar_placepage_who = /** @type {(inputs: Placepage_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`من`)
};

/**
* | output |
* | --- |
* | "Who" |
*
* @param {Placepage_WhoInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const placepage_who = /** @type {((inputs?: Placepage_WhoInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Placepage_WhoInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_placepage_who(inputs)
	if (locale === "de") return de_placepage_who(inputs)
	if (locale === "uk") return uk_placepage_who(inputs)
	if (locale === "ru") return ru_placepage_who(inputs)
	if (locale === "ar") return ar_placepage_who(inputs)
	return en_placepage_who(inputs)
});