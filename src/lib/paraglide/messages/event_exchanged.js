/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_ExchangedInputs */

const en_event_exchanged = /** @type {(inputs: Event_ExchangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exchanged`)
};

const fr_event_exchanged = /** @type {(inputs: Event_ExchangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Échangés`)
};

const de_event_exchanged = /** @type {(inputs: Event_ExchangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ausgetauscht`)
};

const uk_event_exchanged = /** @type {(inputs: Event_ExchangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обмін`)
};

const ru_event_exchanged = /** @type {(inputs: Event_ExchangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обмен`)
};

const ar_event_exchanged = /** @type {(inputs: Event_ExchangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المتبادَل`)
};

/**
* | output |
* | --- |
* | "Exchanged" |
*
* @param {Event_ExchangedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_exchanged = /** @type {((inputs?: Event_ExchangedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_ExchangedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_exchanged(inputs)
	if (locale === "de") return de_event_exchanged(inputs)
	if (locale === "uk") return uk_event_exchanged(inputs)
	if (locale === "ru") return ru_event_exchanged(inputs)
	if (locale === "ar") return ar_event_exchanged(inputs)
	return en_event_exchanged(inputs)
});