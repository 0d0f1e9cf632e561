/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filters_PeopleInputs */

const en_filters_people = /** @type {(inputs: Filters_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`People`)
};

const fr_filters_people = /** @type {(inputs: Filters_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personnes`)
};

const de_filters_people = /** @type {(inputs: Filters_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personen`)
};

const uk_filters_people = /** @type {(inputs: Filters_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Люди`)
};

const ru_filters_people = /** @type {(inputs: Filters_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Люди`)
};

const ar_filters_people = /** @type {(inputs: Filters_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الأشخاص`)
};

/**
* | output |
* | --- |
* | "People" |
*
* @param {Filters_PeopleInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const filters_people = /** @type {((inputs?: Filters_PeopleInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_PeopleInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_filters_people(inputs)
	if (locale === "de") return de_filters_people(inputs)
	if (locale === "uk") return uk_filters_people(inputs)
	if (locale === "ru") return ru_filters_people(inputs)
	if (locale === "ar") return ar_filters_people(inputs)
	return en_filters_people(inputs)
});