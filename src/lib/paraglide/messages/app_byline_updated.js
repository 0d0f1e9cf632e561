/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_Byline_UpdatedInputs */

const en_app_byline_updated = /** @type {(inputs: App_Byline_UpdatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Updated`)
};

const fr_app_byline_updated = /** @type {(inputs: App_Byline_UpdatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mis à jour le`)
};

const de_app_byline_updated = /** @type {(inputs: App_Byline_UpdatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktualisiert am`)
};

const uk_app_byline_updated = /** @type {(inputs: App_Byline_UpdatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Оновлено`)
};

const ru_app_byline_updated = /** @type {(inputs: App_Byline_UpdatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обновлено`)
};

const ar_app_byline_updated = /** @type {(inputs: App_Byline_UpdatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حُدِّث في`)
};

/**
* | output |
* | --- |
* | "Updated" |
*
* @param {App_Byline_UpdatedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const app_byline_updated = /** @type {((inputs?: App_Byline_UpdatedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Byline_UpdatedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_app_byline_updated(inputs)
	if (locale === "de") return de_app_byline_updated(inputs)
	if (locale === "uk") return uk_app_byline_updated(inputs)
	if (locale === "ru") return ru_app_byline_updated(inputs)
	if (locale === "ar") return ar_app_byline_updated(inputs)
	return en_app_byline_updated(inputs)
});