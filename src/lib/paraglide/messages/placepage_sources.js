/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Placepage_SourcesInputs */

const en_placepage_sources = /** @type {(inputs: Placepage_SourcesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sources (${i?.count})`)
};

const fr_placepage_sources = /** @type {(inputs: Placepage_SourcesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sources (${i?.count})`)
};

const de_placepage_sources = /** @type {(inputs: Placepage_SourcesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Quellen (${i?.count})`)
};

const uk_placepage_sources = /** @type {(inputs: Placepage_SourcesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Джерела (${i?.count})`)
};

const ru_placepage_sources = /** @type {(inputs: Placepage_SourcesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Источники (${i?.count})`)
};

const ar_placepage_sources = /** @type {(inputs: Placepage_SourcesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`المصادر (${i?.count})`)
};

/**
* | output |
* | --- |
* | "Sources ({count})" |
*
* @param {Placepage_SourcesInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const placepage_sources = /** @type {((inputs: Placepage_SourcesInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Placepage_SourcesInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_placepage_sources(inputs)
	if (locale === "de") return de_placepage_sources(inputs)
	if (locale === "uk") return uk_placepage_sources(inputs)
	if (locale === "ru") return ru_placepage_sources(inputs)
	if (locale === "ar") return ar_placepage_sources(inputs)
	return en_placepage_sources(inputs)
});