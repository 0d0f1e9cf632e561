/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Report_Cited_InInputs */

const en_report_cited_in = /** @type {(inputs: Report_Cited_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cited in`)
};

const fr_report_cited_in = /** @type {(inputs: Report_Cited_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cité dans`)
};

const de_report_cited_in = /** @type {(inputs: Report_Cited_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zitiert in`)
};

const uk_report_cited_in = /** @type {(inputs: Report_Cited_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Цитується в`)
};

const ru_report_cited_in = /** @type {(inputs: Report_Cited_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Цитируется в`)
};

const ar_report_cited_in = /** @type {(inputs: Report_Cited_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مستشهَد به في`)
};

/**
* | output |
* | --- |
* | "Cited in" |
*
* @param {Report_Cited_InInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const report_cited_in = /** @type {((inputs?: Report_Cited_InInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Cited_InInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_report_cited_in(inputs)
	if (locale === "de") return de_report_cited_in(inputs)
	if (locale === "uk") return uk_report_cited_in(inputs)
	if (locale === "ru") return ru_report_cited_in(inputs)
	if (locale === "ar") return ar_report_cited_in(inputs)
	return en_report_cited_in(inputs)
});