/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Actor_Type_GroupInputs */

const en_actor_type_group = /** @type {(inputs: Actor_Type_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`group`)
};

const fr_actor_type_group = /** @type {(inputs: Actor_Type_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`groupe`)
};

const de_actor_type_group = /** @type {(inputs: Actor_Type_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gruppe`)
};

const uk_actor_type_group = /** @type {(inputs: Actor_Type_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`група`)
};

const ru_actor_type_group = /** @type {(inputs: Actor_Type_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`группа`)
};

const ar_actor_type_group = /** @type {(inputs: Actor_Type_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`جماعة`)
};

/**
* | output |
* | --- |
* | "group" |
*
* @param {Actor_Type_GroupInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const actor_type_group = /** @type {((inputs?: Actor_Type_GroupInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Actor_Type_GroupInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_actor_type_group(inputs)
	if (locale === "de") return de_actor_type_group(inputs)
	if (locale === "uk") return uk_actor_type_group(inputs)
	if (locale === "ru") return ru_actor_type_group(inputs)
	if (locale === "ar") return ar_actor_type_group(inputs)
	return en_actor_type_group(inputs)
});