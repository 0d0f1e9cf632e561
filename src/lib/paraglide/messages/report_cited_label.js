/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Report_Cited_LabelInputs */

const en_report_cited_label = /** @type {(inputs: Report_Cited_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stories that cite this report`)
};

const fr_report_cited_label = /** @type {(inputs: Report_Cited_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Récits qui citent cet article`)
};

const de_report_cited_label = /** @type {(inputs: Report_Cited_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geschichten, die diesen Bericht zitieren`)
};

const uk_report_cited_label = /** @type {(inputs: Report_Cited_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Історії, що цитують цей матеріал`)
};

const ru_report_cited_label = /** @type {(inputs: Report_Cited_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Истории, цитирующие этот материал`)
};

const ar_report_cited_label = /** @type {(inputs: Report_Cited_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`القصص التي تستشهد بهذا التقرير`)
};

/**
* | output |
* | --- |
* | "Stories that cite this report" |
*
* @param {Report_Cited_LabelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const report_cited_label = /** @type {((inputs?: Report_Cited_LabelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_Cited_LabelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_report_cited_label(inputs)
	if (locale === "de") return de_report_cited_label(inputs)
	if (locale === "uk") return uk_report_cited_label(inputs)
	if (locale === "ru") return ru_report_cited_label(inputs)
	if (locale === "ar") return ar_report_cited_label(inputs)
	return en_report_cited_label(inputs)
});