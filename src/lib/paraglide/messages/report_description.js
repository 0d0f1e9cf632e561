/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown> }} Report_DescriptionInputs */

const en_report_description = /** @type {(inputs: Report_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The text of the report “${i?.title}”, with the sentences the map quotes marked.`)
};

const fr_report_description = /** @type {(inputs: Report_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le texte de l’article « ${i?.title} », avec les phrases que cite la carte mises en évidence.`)
};

const de_report_description = /** @type {(inputs: Report_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Text des Berichts „${i?.title}“, mit den Sätzen markiert, die die Karte zitiert.`)
};

const uk_report_description = /** @type {(inputs: Report_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Текст матеріалу «${i?.title}» з позначеними реченнями, які цитує мапа.`)
};

const ru_report_description = /** @type {(inputs: Report_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Текст материала «${i?.title}» с отмеченными предложениями, которые цитирует карта.`)
};

const ar_report_description = /** @type {(inputs: Report_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`نص التقرير «${i?.title}»، مع تمييز الجمل التي تقتبسها الخريطة.`)
};

/**
* | output |
* | --- |
* | "The text of the report “{title}”, with the sentences the map quotes marked." |
*
* @param {Report_DescriptionInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const report_description = /** @type {((inputs: Report_DescriptionInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Report_DescriptionInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_report_description(inputs)
	if (locale === "de") return de_report_description(inputs)
	if (locale === "uk") return uk_report_description(inputs)
	if (locale === "ru") return ru_report_description(inputs)
	if (locale === "ar") return ar_report_description(inputs)
	return en_report_description(inputs)
});