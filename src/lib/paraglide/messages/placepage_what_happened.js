/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Placepage_What_HappenedInputs */

const en_placepage_what_happened = /** @type {(inputs: Placepage_What_HappenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What happened`)
};

const fr_placepage_what_happened = /** @type {(inputs: Placepage_What_HappenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce qui s’est passé`)
};

const de_placepage_what_happened = /** @type {(inputs: Placepage_What_HappenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was geschah`)
};

const uk_placepage_what_happened = /** @type {(inputs: Placepage_What_HappenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Що сталося`)
};

const ru_placepage_what_happened = /** @type {(inputs: Placepage_What_HappenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Что произошло`)
};

const ar_placepage_what_happened = /** @type {(inputs: Placepage_What_HappenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ما الذي حدث`)
};

/**
* | output |
* | --- |
* | "What happened" |
*
* @param {Placepage_What_HappenedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const placepage_what_happened = /** @type {((inputs?: Placepage_What_HappenedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Placepage_What_HappenedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_placepage_what_happened(inputs)
	if (locale === "de") return de_placepage_what_happened(inputs)
	if (locale === "uk") return uk_placepage_what_happened(inputs)
	if (locale === "ru") return ru_placepage_what_happened(inputs)
	if (locale === "ar") return ar_placepage_what_happened(inputs)
	return en_placepage_what_happened(inputs)
});