/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_HappenedInputs */

const en_status_happened = /** @type {(inputs: Status_HappenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Happened`)
};

const fr_status_happened = /** @type {(inputs: Status_HappenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A eu lieu`)
};

const de_status_happened = /** @type {(inputs: Status_HappenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stattgefunden`)
};

const uk_status_happened = /** @type {(inputs: Status_HappenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Відбулося`)
};

const ru_status_happened = /** @type {(inputs: Status_HappenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Состоялось`)
};

const ar_status_happened = /** @type {(inputs: Status_HappenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`وقع`)
};

/**
* | output |
* | --- |
* | "Happened" |
*
* @param {Status_HappenedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const status_happened = /** @type {((inputs?: Status_HappenedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_HappenedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_status_happened(inputs)
	if (locale === "de") return de_status_happened(inputs)
	if (locale === "uk") return uk_status_happened(inputs)
	if (locale === "ru") return ru_status_happened(inputs)
	if (locale === "ar") return ar_status_happened(inputs)
	return en_status_happened(inputs)
});