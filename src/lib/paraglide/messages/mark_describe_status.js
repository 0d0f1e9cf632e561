/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown>, kind: NonNullable<unknown>, where: NonNullable<unknown>, status: NonNullable<unknown>, sources: NonNullable<unknown> }} Mark_Describe_StatusInputs */

const en_mark_describe_status = /** @type {(inputs: Mark_Describe_StatusInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} (${i?.kind} ${i?.where}, ${i?.status}; ${i?.sources})`)
};

const fr_mark_describe_status = /** @type {(inputs: Mark_Describe_StatusInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} (${i?.kind}, ${i?.where}, ${i?.status} ; ${i?.sources})`)
};

const de_mark_describe_status = /** @type {(inputs: Mark_Describe_StatusInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} (${i?.kind} ${i?.where}, ${i?.status}; ${i?.sources})`)
};

const uk_mark_describe_status = /** @type {(inputs: Mark_Describe_StatusInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} (${i?.kind}, ${i?.where}, ${i?.status}; ${i?.sources})`)
};

const ru_mark_describe_status = /** @type {(inputs: Mark_Describe_StatusInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} (${i?.kind}, ${i?.where}, ${i?.status}; ${i?.sources})`)
};

const ar_mark_describe_status = /** @type {(inputs: Mark_Describe_StatusInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} (${i?.kind} ${i?.where}، ${i?.status}؛ ${i?.sources})`)
};

/**
* | output |
* | --- |
* | "{title} ({kind} {where}, {status}; {sources})" |
*
* @param {Mark_Describe_StatusInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const mark_describe_status = /** @type {((inputs: Mark_Describe_StatusInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mark_Describe_StatusInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_mark_describe_status(inputs)
	if (locale === "de") return de_mark_describe_status(inputs)
	if (locale === "uk") return uk_mark_describe_status(inputs)
	if (locale === "ru") return ru_mark_describe_status(inputs)
	if (locale === "ar") return ar_mark_describe_status(inputs)
	return en_mark_describe_status(inputs)
});