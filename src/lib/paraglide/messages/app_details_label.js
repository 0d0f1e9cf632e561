/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_Details_LabelInputs */

const en_app_details_label = /** @type {(inputs: App_Details_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Details`)
};

const fr_app_details_label = /** @type {(inputs: App_Details_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Détails`)
};

const de_app_details_label = /** @type {(inputs: App_Details_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Details`)
};

const uk_app_details_label = /** @type {(inputs: App_Details_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подробиці`)
};

const ru_app_details_label = /** @type {(inputs: App_Details_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подробности`)
};

const ar_app_details_label = /** @type {(inputs: App_Details_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التفاصيل`)
};

/**
* | output |
* | --- |
* | "Details" |
*
* @param {App_Details_LabelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const app_details_label = /** @type {((inputs?: App_Details_LabelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Details_LabelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_app_details_label(inputs)
	if (locale === "de") return de_app_details_label(inputs)
	if (locale === "uk") return uk_app_details_label(inputs)
	if (locale === "ru") return ru_app_details_label(inputs)
	if (locale === "ar") return ar_app_details_label(inputs)
	return en_app_details_label(inputs)
});