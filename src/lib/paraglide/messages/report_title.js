/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown> }} Report_TitleInputs */

const en_report_title = /** @type {(inputs: Report_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} — report`)
};

const fr_report_title = /** @type {(inputs: Report_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} — article`)
};

const de_report_title = /** @type {(inputs: Report_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} — Bericht`)
};

const uk_report_title = /** @type {(inputs: Report_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} — матеріал`)
};

const ru_report_title = /** @type {(inputs: Report_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} — материал`)
};

const ar_report_title = /** @type {(inputs: Report_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} — تقرير`)
};

/**
* | output |
* | --- |
* | "{title} — report" |
*
* @param {Report_TitleInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const report_title = /** @type {((inputs: Report_TitleInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_TitleInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_report_title(inputs)
	if (locale === "de") return de_report_title(inputs)
	if (locale === "uk") return uk_report_title(inputs)
	if (locale === "ru") return ru_report_title(inputs)
	if (locale === "ar") return ar_report_title(inputs)
	return en_report_title(inputs)
});