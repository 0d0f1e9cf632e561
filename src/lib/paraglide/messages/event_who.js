/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_WhoInputs */

const en_event_who = /** @type {(inputs: Event_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who`)
};

const fr_event_who = /** @type {(inputs: Event_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qui`)
};

const de_event_who = /** @type {(inputs: Event_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wer`)
};

const uk_event_who = /** @type {(inputs: Event_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Хто`)
};

const ru_event_who = /** @type {(inputs: Event_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кто`)
};

const ar_event_who = /** @type {(inputs: Event_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`من`)
};

/**
* | output |
* | --- |
* | "Who" |
*
* @param {Event_WhoInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_who = /** @type {((inputs?: Event_WhoInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_WhoInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_who(inputs)
	if (locale === "de") return de_event_who(inputs)
	if (locale === "uk") return uk_event_who(inputs)
	if (locale === "ru") return ru_event_who(inputs)
	if (locale === "ar") return ar_event_who(inputs)
	return en_event_who(inputs)
});