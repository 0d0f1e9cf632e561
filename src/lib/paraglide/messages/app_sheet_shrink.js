/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_Sheet_ShrinkInputs */

const en_app_sheet_shrink = /** @type {(inputs: App_Sheet_ShrinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Shrink the details`)
};

const fr_app_sheet_shrink = /** @type {(inputs: App_Sheet_ShrinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Réduire les détails`)
};

const de_app_sheet_shrink = /** @type {(inputs: App_Sheet_ShrinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Details verkleinern`)
};

const uk_app_sheet_shrink = /** @type {(inputs: App_Sheet_ShrinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Згорнути подробиці`)
};

const ru_app_sheet_shrink = /** @type {(inputs: App_Sheet_ShrinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Свернуть подробности`)
};

const ar_app_sheet_shrink = /** @type {(inputs: App_Sheet_ShrinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تصغير التفاصيل`)
};

/**
* | output |
* | --- |
* | "Shrink the details" |
*
* @param {App_Sheet_ShrinkInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const app_sheet_shrink = /** @type {((inputs?: App_Sheet_ShrinkInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Sheet_ShrinkInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_app_sheet_shrink(inputs)
	if (locale === "de") return de_app_sheet_shrink(inputs)
	if (locale === "uk") return uk_app_sheet_shrink(inputs)
	if (locale === "ru") return ru_app_sheet_shrink(inputs)
	if (locale === "ar") return ar_app_sheet_shrink(inputs)
	return en_app_sheet_shrink(inputs)
});