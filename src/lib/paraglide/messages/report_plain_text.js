/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ file: NonNullable<unknown> }} Report_Plain_TextInputs */

const en_report_plain_text = /** @type {(inputs: Report_Plain_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`plain text (${i?.file})`)
};

const fr_report_plain_text = /** @type {(inputs: Report_Plain_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`texte brut (${i?.file})`)
};

const de_report_plain_text = /** @type {(inputs: Report_Plain_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`reiner Text (${i?.file})`)
};

const uk_report_plain_text = /** @type {(inputs: Report_Plain_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`простий текст (${i?.file})`)
};

const ru_report_plain_text = /** @type {(inputs: Report_Plain_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`простой текст (${i?.file})`)
};

const ar_report_plain_text = /** @type {(inputs: Report_Plain_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`نص عادي (${i?.file})`)
};

/**
* | output |
* | --- |
* | "plain text ({file})" |
*
* @param {Report_Plain_TextInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const report_plain_text = /** @type {((inputs: Report_Plain_TextInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Plain_TextInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_report_plain_text(inputs)
	if (locale === "de") return de_report_plain_text(inputs)
	if (locale === "uk") return uk_report_plain_text(inputs)
	if (locale === "ru") return ru_report_plain_text(inputs)
	if (locale === "ar") return ar_report_plain_text(inputs)
	return en_report_plain_text(inputs)
});