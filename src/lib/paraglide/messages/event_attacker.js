/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_AttackerInputs */

const en_event_attacker = /** @type {(inputs: Event_AttackerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Attacker`)
};

const fr_event_attacker = /** @type {(inputs: Event_AttackerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auteur de l’attaque`)
};

const de_event_attacker = /** @type {(inputs: Event_AttackerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angreifer`)
};

const uk_event_attacker = /** @type {(inputs: Event_AttackerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нападник`)
};

const ru_event_attacker = /** @type {(inputs: Event_AttackerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нападавший`)
};

const ar_event_attacker = /** @type {(inputs: Event_AttackerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`المهاجِم`)
};

/**
* | output |
* | --- |
* | "Attacker" |
*
* @param {Event_AttackerInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_attacker = /** @type {((inputs?: Event_AttackerInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_AttackerInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_attacker(inputs)
	if (locale === "de") return de_event_attacker(inputs)
	if (locale === "uk") return uk_event_attacker(inputs)
	if (locale === "ru") return ru_event_attacker(inputs)
	if (locale === "ar") return ar_event_attacker(inputs)
	return en_event_attacker(inputs)
});