/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Noscript_LabelInputs */

const en_noscript_label = /** @type {(inputs: Noscript_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The story without JavaScript`)
};

const fr_noscript_label = /** @type {(inputs: Noscript_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le récit sans JavaScript`)
};

const de_noscript_label = /** @type {(inputs: Noscript_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Geschichte ohne JavaScript`)
};

const uk_noscript_label = /** @type {(inputs: Noscript_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Історія без JavaScript`)
};

const ru_noscript_label = /** @type {(inputs: Noscript_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`История без JavaScript`)
};

const ar_noscript_label = /** @type {(inputs: Noscript_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`القصة من دون JavaScript`)
};

/**
* | output |
* | --- |
* | "The story without JavaScript" |
*
* @param {Noscript_LabelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const noscript_label = /** @type {((inputs?: Noscript_LabelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Noscript_LabelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_noscript_label(inputs)
	if (locale === "de") return de_noscript_label(inputs)
	if (locale === "uk") return uk_noscript_label(inputs)
	if (locale === "ru") return ru_noscript_label(inputs)
	if (locale === "ar") return ar_noscript_label(inputs)
	return en_noscript_label(inputs)
});