/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_OutsideInputs */

const en_event_outside = /** @type {(inputs: Event_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Outside the chosen dates.`)
};

const fr_event_outside = /** @type {(inputs: Event_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hors des dates choisies.`)
};

const de_event_outside = /** @type {(inputs: Event_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Außerhalb der gewählten Daten.`)
};

const uk_event_outside = /** @type {(inputs: Event_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Поза вибраними датами.`)
};

const ru_event_outside = /** @type {(inputs: Event_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вне выбранных дат.`)
};

const ar_event_outside = /** @type {(inputs: Event_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خارج التواريخ المختارة.`)
};

/**
* | output |
* | --- |
* | "Outside the chosen dates." |
*
* @param {Event_OutsideInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_outside = /** @type {((inputs?: Event_OutsideInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_OutsideInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_outside(inputs)
	if (locale === "de") return de_event_outside(inputs)
	if (locale === "uk") return uk_event_outside(inputs)
	if (locale === "ru") return ru_event_outside(inputs)
	if (locale === "ar") return ar_event_outside(inputs)
	return en_event_outside(inputs)
});