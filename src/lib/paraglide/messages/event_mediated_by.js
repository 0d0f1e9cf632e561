/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_Mediated_ByInputs */

const en_event_mediated_by = /** @type {(inputs: Event_Mediated_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mediated by`)
};

const fr_event_mediated_by = /** @type {(inputs: Event_Mediated_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Médiation`)
};

const de_event_mediated_by = /** @type {(inputs: Event_Mediated_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vermittelt von`)
};

const uk_event_mediated_by = /** @type {(inputs: Event_Mediated_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Посередництво`)
};

const ru_event_mediated_by = /** @type {(inputs: Event_Mediated_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Посредничество`)
};

const ar_event_mediated_by = /** @type {(inputs: Event_Mediated_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`بوساطة`)
};

/**
* | output |
* | --- |
* | "Mediated by" |
*
* @param {Event_Mediated_ByInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_mediated_by = /** @type {((inputs?: Event_Mediated_ByInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_Mediated_ByInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_mediated_by(inputs)
	if (locale === "de") return de_event_mediated_by(inputs)
	if (locale === "uk") return uk_event_mediated_by(inputs)
	if (locale === "ru") return ru_event_mediated_by(inputs)
	if (locale === "ar") return ar_event_mediated_by(inputs)
	return en_event_mediated_by(inputs)
});