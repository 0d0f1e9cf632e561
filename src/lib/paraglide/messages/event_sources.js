/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_SourcesInputs */

const en_event_sources = /** @type {(inputs: Event_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sources`)
};

const fr_event_sources = /** @type {(inputs: Event_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sources`)
};

const de_event_sources = /** @type {(inputs: Event_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quellen`)
};

const uk_event_sources = /** @type {(inputs: Event_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Джерела`)
};

const ru_event_sources = /** @type {(inputs: Event_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Источники`)
};

const ar_event_sources = /** @type {(inputs: Event_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المصادر`)
};

/**
* | output |
* | --- |
* | "Sources" |
*
* @param {Event_SourcesInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_sources = /** @type {((inputs?: Event_SourcesInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_SourcesInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_sources(inputs)
	if (locale === "de") return de_event_sources(inputs)
	if (locale === "uk") return uk_event_sources(inputs)
	if (locale === "ru") return ru_event_sources(inputs)
	if (locale === "ar") return ar_event_sources(inputs)
	return en_event_sources(inputs)
});