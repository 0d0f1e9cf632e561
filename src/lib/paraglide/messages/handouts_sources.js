/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Handouts_SourcesInputs */

const en_handouts_sources = /** @type {(inputs: Handouts_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sources`)
};

const fr_handouts_sources = /** @type {(inputs: Handouts_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sources`)
};

const de_handouts_sources = /** @type {(inputs: Handouts_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quellen`)
};

const uk_handouts_sources = /** @type {(inputs: Handouts_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Джерела`)
};

const ru_handouts_sources = /** @type {(inputs: Handouts_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Источники`)
};

const ar_handouts_sources = /** @type {(inputs: Handouts_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المصادر`)
};

/**
* | output |
* | --- |
* | "Sources" |
*
* @param {Handouts_SourcesInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const handouts_sources = /** @type {((inputs?: Handouts_SourcesInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Handouts_SourcesInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_handouts_sources(inputs)
	if (locale === "de") return de_handouts_sources(inputs)
	if (locale === "uk") return uk_handouts_sources(inputs)
	if (locale === "ru") return ru_handouts_sources(inputs)
	if (locale === "ar") return ar_handouts_sources(inputs)
	return en_handouts_sources(inputs)
});