/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_Handed_OverInputs */

const en_event_handed_over = /** @type {(inputs: Event_Handed_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Handed over`)
};

const fr_event_handed_over = /** @type {(inputs: Event_Handed_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remis`)
};

const de_event_handed_over = /** @type {(inputs: Event_Handed_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Übergeben`)
};

const uk_event_handed_over = /** @type {(inputs: Event_Handed_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Передано`)
};

const ru_event_handed_over = /** @type {(inputs: Event_Handed_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Передано`)
};

const ar_event_handed_over = /** @type {(inputs: Event_Handed_OverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`سُلِّم`)
};

/**
* | output |
* | --- |
* | "Handed over" |
*
* @param {Event_Handed_OverInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_handed_over = /** @type {((inputs?: Event_Handed_OverInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_Handed_OverInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_handed_over(inputs)
	if (locale === "de") return de_event_handed_over(inputs)
	if (locale === "uk") return uk_event_handed_over(inputs)
	if (locale === "ru") return ru_event_handed_over(inputs)
	if (locale === "ar") return ar_event_handed_over(inputs)
	return en_event_handed_over(inputs)
});