/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_Sheet_EnlargeInputs */

const en_app_sheet_enlarge = /** @type {(inputs: App_Sheet_EnlargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enlarge the details`)
};

const fr_app_sheet_enlarge = /** @type {(inputs: App_Sheet_EnlargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Agrandir les détails`)
};

const de_app_sheet_enlarge = /** @type {(inputs: App_Sheet_EnlargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Details vergrößern`)
};

const uk_app_sheet_enlarge = /** @type {(inputs: App_Sheet_EnlargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Розгорнути подробиці`)
};

const ru_app_sheet_enlarge = /** @type {(inputs: App_Sheet_EnlargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Развернуть подробности`)
};

const ar_app_sheet_enlarge = /** @type {(inputs: App_Sheet_EnlargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تكبير التفاصيل`)
};

/**
* | output |
* | --- |
* | "Enlarge the details" |
*
* @param {App_Sheet_EnlargeInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const app_sheet_enlarge = /** @type {((inputs?: App_Sheet_EnlargeInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Sheet_EnlargeInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_app_sheet_enlarge(inputs)
	if (locale === "de") return de_app_sheet_enlarge(inputs)
	if (locale === "uk") return uk_app_sheet_enlarge(inputs)
	if (locale === "ru") return ru_app_sheet_enlarge(inputs)
	if (locale === "ar") return ar_app_sheet_enlarge(inputs)
	return en_app_sheet_enlarge(inputs)
});