/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Actor_Type_StateInputs */

const en_actor_type_state = /** @type {(inputs: Actor_Type_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`state`)
};

const fr_actor_type_state = /** @type {(inputs: Actor_Type_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`État`)
};

const de_actor_type_state = /** @type {(inputs: Actor_Type_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Staat`)
};

const uk_actor_type_state = /** @type {(inputs: Actor_Type_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`держава`)
};

const ru_actor_type_state = /** @type {(inputs: Actor_Type_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`государство`)
};

const ar_actor_type_state = /** @type {(inputs: Actor_Type_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`دولة`)
};

/**
* | output |
* | --- |
* | "state" |
*
* @param {Actor_Type_StateInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const actor_type_state = /** @type {((inputs?: Actor_Type_StateInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Actor_Type_StateInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_actor_type_state(inputs)
	if (locale === "de") return de_actor_type_state(inputs)
	if (locale === "uk") return uk_actor_type_state(inputs)
	if (locale === "ru") return ru_actor_type_state(inputs)
	if (locale === "ar") return ar_actor_type_state(inputs)
	return en_actor_type_state(inputs)
});