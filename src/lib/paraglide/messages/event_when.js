/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_WhenInputs */

const en_event_when = /** @type {(inputs: Event_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When`)
};

const fr_event_when = /** @type {(inputs: Event_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quand`)
};

const de_event_when = /** @type {(inputs: Event_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wann`)
};

const uk_event_when = /** @type {(inputs: Event_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коли`)
};

const ru_event_when = /** @type {(inputs: Event_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Когда`)
};

const ar_event_when = /** @type {(inputs: Event_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`متى`)
};

/**
* | output |
* | --- |
* | "When" |
*
* @param {Event_WhenInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_when = /** @type {((inputs?: Event_WhenInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_WhenInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_when(inputs)
	if (locale === "de") return de_event_when(inputs)
	if (locale === "uk") return uk_event_when(inputs)
	if (locale === "ru") return ru_event_when(inputs)
	if (locale === "ar") return ar_event_when(inputs)
	return en_event_when(inputs)
});