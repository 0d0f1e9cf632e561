/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ date: NonNullable<unknown> }} Event_Postponed_ToInputs */

const en_event_postponed_to = /** @type {(inputs: Event_Postponed_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Postponed to ${i?.date}`)
};

const fr_event_postponed_to = /** @type {(inputs: Event_Postponed_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Reporté au ${i?.date}`)
};

const de_event_postponed_to = /** @type {(inputs: Event_Postponed_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Verschoben auf den ${i?.date}`)
};

const uk_event_postponed_to = /** @type {(inputs: Event_Postponed_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Перенесено на ${i?.date}`)
};

const ru_event_postponed_to = /** @type {(inputs: Event_Postponed_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Перенесено на ${i?.date}`)
};

const ar_event_postponed_to = /** @type {(inputs: Event_Postponed_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`أُجِّل إلى ${i?.date}`)
};

/**
* | output |
* | --- |
* | "Postponed to {date}" |
*
* @param {Event_Postponed_ToInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_postponed_to = /** @type {((inputs: Event_Postponed_ToInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_Postponed_ToInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_postponed_to(inputs)
	if (locale === "de") return de_event_postponed_to(inputs)
	if (locale === "uk") return uk_event_postponed_to(inputs)
	if (locale === "ru") return ru_event_postponed_to(inputs)
	if (locale === "ar") return ar_event_postponed_to(inputs)
	return en_event_postponed_to(inputs)
});