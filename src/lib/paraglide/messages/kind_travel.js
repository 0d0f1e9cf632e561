/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_TravelInputs */

const en_kind_travel = /** @type {(inputs: Kind_TravelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Travel`)
};

const fr_kind_travel = /** @type {(inputs: Kind_TravelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Déplacement`)
};

const de_kind_travel = /** @type {(inputs: Kind_TravelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reise`)
};

const uk_kind_travel = /** @type {(inputs: Kind_TravelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Поїздка`)
};

const ru_kind_travel = /** @type {(inputs: Kind_TravelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Поездка`)
};

const ar_kind_travel = /** @type {(inputs: Kind_TravelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تنقّل`)
};

/**
* | output |
* | --- |
* | "Travel" |
*
* @param {Kind_TravelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_travel = /** @type {((inputs?: Kind_TravelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_TravelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_travel(inputs)
	if (locale === "de") return de_kind_travel(inputs)
	if (locale === "uk") return uk_kind_travel(inputs)
	if (locale === "ru") return ru_kind_travel(inputs)
	if (locale === "ar") return ar_kind_travel(inputs)
	return en_kind_travel(inputs)
});