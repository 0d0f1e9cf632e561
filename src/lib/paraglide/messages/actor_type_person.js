/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Actor_Type_PersonInputs */

const en_actor_type_person = /** @type {(inputs: Actor_Type_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`person`)
};

const fr_actor_type_person = /** @type {(inputs: Actor_Type_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`personne`)
};

const de_actor_type_person = /** @type {(inputs: Actor_Type_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Person`)
};

const uk_actor_type_person = /** @type {(inputs: Actor_Type_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`особа`)
};

const ru_actor_type_person = /** @type {(inputs: Actor_Type_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`лицо`)
};

const ar_actor_type_person = /** @type {(inputs: Actor_Type_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`شخص`)
};

/**
* | output |
* | --- |
* | "person" |
*
* @param {Actor_Type_PersonInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const actor_type_person = /** @type {((inputs?: Actor_Type_PersonInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Actor_Type_PersonInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_actor_type_person(inputs)
	if (locale === "de") return de_actor_type_person(inputs)
	if (locale === "uk") return uk_actor_type_person(inputs)
	if (locale === "ru") return ru_actor_type_person(inputs)
	if (locale === "ar") return ar_actor_type_person(inputs)
	return en_actor_type_person(inputs)
});