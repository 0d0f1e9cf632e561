/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_All_DatesInputs */

const en_timeline_all_dates = /** @type {(inputs: Timeline_All_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All dates`)
};

const fr_timeline_all_dates = /** @type {(inputs: Timeline_All_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Toutes les dates`)
};

const de_timeline_all_dates = /** @type {(inputs: Timeline_All_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle Daten`)
};

const uk_timeline_all_dates = /** @type {(inputs: Timeline_All_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Усі дати`)
};

const ru_timeline_all_dates = /** @type {(inputs: Timeline_All_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Все даты`)
};

const ar_timeline_all_dates = /** @type {(inputs: Timeline_All_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`كل التواريخ`)
};

/**
* | output |
* | --- |
* | "All dates" |
*
* @param {Timeline_All_DatesInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const timeline_all_dates = /** @type {((inputs?: Timeline_All_DatesInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_All_DatesInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_timeline_all_dates(inputs)
	if (locale === "de") return de_timeline_all_dates(inputs)
	if (locale === "uk") return uk_timeline_all_dates(inputs)
	if (locale === "ru") return ru_timeline_all_dates(inputs)
	if (locale === "ar") return ar_timeline_all_dates(inputs)
	return en_timeline_all_dates(inputs)
});