/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filters_StatusInputs */

const en_filters_status = /** @type {(inputs: Filters_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

const fr_filters_status = /** @type {(inputs: Filters_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Statut`)
};

const de_filters_status = /** @type {(inputs: Filters_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

const uk_filters_status = /** @type {(inputs: Filters_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Статус`)
};

const ru_filters_status = /** @type {(inputs: Filters_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Статус`)
};

const ar_filters_status = /** @type {(inputs: Filters_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الحالة`)
};

/**
* | output |
* | --- |
* | "Status" |
*
* @param {Filters_StatusInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const filters_status = /** @type {((inputs?: Filters_StatusInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_StatusInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_filters_status(inputs)
	if (locale === "de") return de_filters_status(inputs)
	if (locale === "uk") return uk_filters_status(inputs)
	if (locale === "ru") return ru_filters_status(inputs)
	if (locale === "ar") return ar_filters_status(inputs)
	return en_filters_status(inputs)
});