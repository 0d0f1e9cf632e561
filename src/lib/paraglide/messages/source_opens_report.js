/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Source_Opens_ReportInputs */

const en_source_opens_report = /** @type {(inputs: Source_Opens_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(opens the report in a new tab)`)
};

const fr_source_opens_report = /** @type {(inputs: Source_Opens_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(ouvre l’article dans un nouvel onglet)`)
};

const de_source_opens_report = /** @type {(inputs: Source_Opens_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(öffnet den Bericht in einem neuen Tab)`)
};

const uk_source_opens_report = /** @type {(inputs: Source_Opens_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(відкриває матеріал у новій вкладці)`)
};

const ru_source_opens_report = /** @type {(inputs: Source_Opens_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(открывает материал в новой вкладке)`)
};

const ar_source_opens_report = /** @type {(inputs: Source_Opens_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(يفتح التقرير في علامة تبويب جديدة)`)
};

/**
* | output |
* | --- |
* | "(opens the report in a new tab)" |
*
* @param {Source_Opens_ReportInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const source_opens_report = /** @type {((inputs?: Source_Opens_ReportInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Source_Opens_ReportInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_source_opens_report(inputs)
	if (locale === "de") return de_source_opens_report(inputs)
	if (locale === "uk") return uk_source_opens_report(inputs)
	if (locale === "ru") return ru_source_opens_report(inputs)
	if (locale === "ar") return ar_source_opens_report(inputs)
	return en_source_opens_report(inputs)
});