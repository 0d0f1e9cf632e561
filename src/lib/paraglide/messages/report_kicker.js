/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Report_KickerInputs */

const en_report_kicker = /** @type {(inputs: Report_KickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Report`)
};

const fr_report_kicker = /** @type {(inputs: Report_KickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Article`)
};

const de_report_kicker = /** @type {(inputs: Report_KickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bericht`)
};

const uk_report_kicker = /** @type {(inputs: Report_KickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Матеріал`)
};

const ru_report_kicker = /** @type {(inputs: Report_KickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Материал`)
};

const ar_report_kicker = /** @type {(inputs: Report_KickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تقرير`)
};

/**
* | output |
* | --- |
* | "Report" |
*
* @param {Report_KickerInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const report_kicker = /** @type {((inputs?: Report_KickerInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_KickerInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_report_kicker(inputs)
	if (locale === "de") return de_report_kicker(inputs)
	if (locale === "uk") return uk_report_kicker(inputs)
	if (locale === "ru") return ru_report_kicker(inputs)
	if (locale === "ar") return ar_report_kicker(inputs)
	return en_report_kicker(inputs)
});