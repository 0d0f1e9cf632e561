/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Actor_Type_OrganisationInputs */

const en_actor_type_organisation = /** @type {(inputs: Actor_Type_OrganisationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`organisation`)
};

const fr_actor_type_organisation = /** @type {(inputs: Actor_Type_OrganisationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`organisation`)
};

const de_actor_type_organisation = /** @type {(inputs: Actor_Type_OrganisationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Organisation`)
};

const uk_actor_type_organisation = /** @type {(inputs: Actor_Type_OrganisationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`організація`)
};

const ru_actor_type_organisation = /** @type {(inputs: Actor_Type_OrganisationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`организация`)
};

const ar_actor_type_organisation = /** @type {(inputs: Actor_Type_OrganisationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`منظمة`)
};

/**
* | output |
* | --- |
* | "organisation" |
*
* @param {Actor_Type_OrganisationInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const actor_type_organisation = /** @type {((inputs?: Actor_Type_OrganisationInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Actor_Type_OrganisationInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_actor_type_organisation(inputs)
	if (locale === "de") return de_actor_type_organisation(inputs)
	if (locale === "uk") return uk_actor_type_organisation(inputs)
	if (locale === "ru") return ru_actor_type_organisation(inputs)
	if (locale === "ar") return ar_actor_type_organisation(inputs)
	return en_actor_type_organisation(inputs)
});