/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_How_LongInputs */

const en_event_how_long = /** @type {(inputs: Event_How_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How long`)
};

const fr_event_how_long = /** @type {(inputs: Event_How_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Durée`)
};

const de_event_how_long = /** @type {(inputs: Event_How_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dauer`)
};

const uk_event_how_long = /** @type {(inputs: Event_How_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тривалість`)
};

const ru_event_how_long = /** @type {(inputs: Event_How_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Продолжительность`)
};

const ar_event_how_long = /** @type {(inputs: Event_How_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المدة`)
};

/**
* | output |
* | --- |
* | "How long" |
*
* @param {Event_How_LongInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_how_long = /** @type {((inputs?: Event_How_LongInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_How_LongInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_how_long(inputs)
	if (locale === "de") return de_event_how_long(inputs)
	if (locale === "uk") return uk_event_how_long(inputs)
	if (locale === "ru") return ru_event_how_long(inputs)
	if (locale === "ar") return ar_event_how_long(inputs)
	return en_event_how_long(inputs)
});