/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Group_VisitsInputs */

const en_kind_group_visits = /** @type {(inputs: Kind_Group_VisitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visits and travel`)
};

const fr_kind_group_visits = /** @type {(inputs: Kind_Group_VisitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visites et déplacements`)
};

const de_kind_group_visits = /** @type {(inputs: Kind_Group_VisitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Besuche und Reisen`)
};

const uk_kind_group_visits = /** @type {(inputs: Kind_Group_VisitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Візити й поїздки`)
};

const ru_kind_group_visits = /** @type {(inputs: Kind_Group_VisitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Визиты и поездки`)
};

const ar_kind_group_visits = /** @type {(inputs: Kind_Group_VisitsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الزيارات والتنقلات`)
};

/**
* | output |
* | --- |
* | "Visits and travel" |
*
* @param {Kind_Group_VisitsInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_group_visits = /** @type {((inputs?: Kind_Group_VisitsInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Group_VisitsInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_group_visits(inputs)
	if (locale === "de") return de_kind_group_visits(inputs)
	if (locale === "uk") return uk_kind_group_visits(inputs)
	if (locale === "ru") return ru_kind_group_visits(inputs)
	if (locale === "ar") return ar_kind_group_visits(inputs)
	return en_kind_group_visits(inputs)
});