/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_Close_DetailsInputs */

const en_app_close_details = /** @type {(inputs: App_Close_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close details (Escape)`)
};

const fr_app_close_details = /** @type {(inputs: App_Close_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fermer les détails (Échap)`)
};

const de_app_close_details = /** @type {(inputs: App_Close_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Details schließen (Esc)`)
};

const uk_app_close_details = /** @type {(inputs: App_Close_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Закрити подробиці (Esc)`)
};

const ru_app_close_details = /** @type {(inputs: App_Close_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Закрыть подробности (Esc)`)
};

const ar_app_close_details = /** @type {(inputs: App_Close_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إغلاق التفاصيل (Esc)`)
};

/**
* | output |
* | --- |
* | "Close details (Escape)" |
*
* @param {App_Close_DetailsInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const app_close_details = /** @type {((inputs?: App_Close_DetailsInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Close_DetailsInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_app_close_details(inputs)
	if (locale === "de") return de_app_close_details(inputs)
	if (locale === "uk") return uk_app_close_details(inputs)
	if (locale === "ru") return ru_app_close_details(inputs)
	if (locale === "ar") return ar_app_close_details(inputs)
	return en_app_close_details(inputs)
});