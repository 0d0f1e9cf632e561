/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filters_GroupsInputs */

const en_filters_groups = /** @type {(inputs: Filters_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`States and organisations`)
};

const fr_filters_groups = /** @type {(inputs: Filters_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`États et organisations`)
};

const de_filters_groups = /** @type {(inputs: Filters_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Staaten und Organisationen`)
};

const uk_filters_groups = /** @type {(inputs: Filters_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Держави та організації`)
};

const ru_filters_groups = /** @type {(inputs: Filters_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Государства и организации`)
};

const ar_filters_groups = /** @type {(inputs: Filters_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الدول والمنظمات`)
};

/**
* | output |
* | --- |
* | "States and organisations" |
*
* @param {Filters_GroupsInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const filters_groups = /** @type {((inputs?: Filters_GroupsInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_GroupsInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_filters_groups(inputs)
	if (locale === "de") return de_filters_groups(inputs)
	if (locale === "uk") return uk_filters_groups(inputs)
	if (locale === "ru") return ru_filters_groups(inputs)
	if (locale === "ar") return ar_filters_groups(inputs)
	return en_filters_groups(inputs)
});