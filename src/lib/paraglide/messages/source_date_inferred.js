/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Source_Date_InferredInputs */

const en_source_date_inferred = /** @type {(inputs: Source_Date_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(date inferred)`)
};

const fr_source_date_inferred = /** @type {(inputs: Source_Date_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(date déduite)`)
};

const de_source_date_inferred = /** @type {(inputs: Source_Date_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(Datum erschlossen)`)
};

const uk_source_date_inferred = /** @type {(inputs: Source_Date_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(дату встановлено непрямо)`)
};

const ru_source_date_inferred = /** @type {(inputs: Source_Date_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(дата установлена косвенно)`)
};

const ar_source_date_inferred = /** @type {(inputs: Source_Date_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(تاريخ مستنتَج)`)
};

/**
* | output |
* | --- |
* | "(date inferred)" |
*
* @param {Source_Date_InferredInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const source_date_inferred = /** @type {((inputs?: Source_Date_InferredInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Source_Date_InferredInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_source_date_inferred(inputs)
	if (locale === "de") return de_source_date_inferred(inputs)
	if (locale === "uk") return uk_source_date_inferred(inputs)
	if (locale === "ru") return ru_source_date_inferred(inputs)
	if (locale === "ar") return ar_source_date_inferred(inputs)
	return en_source_date_inferred(inputs)
});