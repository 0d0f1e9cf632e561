/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_ForcesInputs */

const en_event_forces = /** @type {(inputs: Event_ForcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forces`)
};

const fr_event_forces = /** @type {(inputs: Event_ForcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forces`)
};

const de_event_forces = /** @type {(inputs: Event_ForcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Streitkräfte`)
};

const uk_event_forces = /** @type {(inputs: Event_ForcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сили`)
};

const ru_event_forces = /** @type {(inputs: Event_ForcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Силы`)
};

const ar_event_forces = /** @type {(inputs: Event_ForcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`القوات`)
};

/**
* | output |
* | --- |
* | "Forces" |
*
* @param {Event_ForcesInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_forces = /** @type {((inputs?: Event_ForcesInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_ForcesInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_forces(inputs)
	if (locale === "de") return de_event_forces(inputs)
	if (locale === "uk") return uk_event_forces(inputs)
	if (locale === "ru") return ru_event_forces(inputs)
	if (locale === "ar") return ar_event_forces(inputs)
	return en_event_forces(inputs)
});