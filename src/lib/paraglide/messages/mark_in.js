/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ place: NonNullable<unknown> }} Mark_InInputs */

const en_mark_in = /** @type {(inputs: Mark_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`in ${i?.place}`)
};

const fr_mark_in = /** @type {(inputs: Mark_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`lieu : ${i?.place}`)
};

const de_mark_in = /** @type {(inputs: Mark_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`in ${i?.place}`)
};

const uk_mark_in = /** @type {(inputs: Mark_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`місце: ${i?.place}`)
};

const ru_mark_in = /** @type {(inputs: Mark_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`место: ${i?.place}`)
};

const ar_mark_in = /** @type {(inputs: Mark_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`في ${i?.place}`)
};

/**
* | output |
* | --- |
* | "in {place}" |
*
* @param {Mark_InInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const mark_in = /** @type {((inputs: Mark_InInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mark_InInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_mark_in(inputs)
	if (locale === "de") return de_mark_in(inputs)
	if (locale === "uk") return uk_mark_in(inputs)
	if (locale === "ru") return ru_mark_in(inputs)
	if (locale === "ar") return ar_mark_in(inputs)
	return en_mark_in(inputs)
});