/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, description: NonNullable<unknown> }} Mark_CountedInputs */

const en_mark_counted = /** @type {(inputs: Mark_CountedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count}: ${i?.description}`)
};

const fr_mark_counted = /** @type {(inputs: Mark_CountedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} : ${i?.description}`)
};

const de_mark_counted = /** @type {(inputs: Mark_CountedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count}: ${i?.description}`)
};

const uk_mark_counted = /** @type {(inputs: Mark_CountedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count}: ${i?.description}`)
};

const ru_mark_counted = /** @type {(inputs: Mark_CountedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count}: ${i?.description}`)
};

const ar_mark_counted = /** @type {(inputs: Mark_CountedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count}: ${i?.description}`)
};

/**
* | output |
* | --- |
* | "{count}: {description}" |
*
* @param {Mark_CountedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const mark_counted = /** @type {((inputs: Mark_CountedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mark_CountedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_mark_counted(inputs)
	if (locale === "de") return de_mark_counted(inputs)
	if (locale === "uk") return uk_mark_counted(inputs)
	if (locale === "ru") return ru_mark_counted(inputs)
	if (locale === "ar") return ar_mark_counted(inputs)
	return en_mark_counted(inputs)
});