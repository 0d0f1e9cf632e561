/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_Download_DataInputs */

const en_app_download_data = /** @type {(inputs: App_Download_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download the data (GeoJSON)`)
};

const fr_app_download_data = /** @type {(inputs: App_Download_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Télécharger les données (GeoJSON)`)
};

const de_app_download_data = /** @type {(inputs: App_Download_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daten herunterladen (GeoJSON)`)
};

const uk_app_download_data = /** @type {(inputs: App_Download_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Завантажити дані (GeoJSON)`)
};

const ru_app_download_data = /** @type {(inputs: App_Download_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Скачать данные (GeoJSON)`)
};

const ar_app_download_data = /** @type {(inputs: App_Download_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تنزيل البيانات (GeoJSON)`)
};

/**
* | output |
* | --- |
* | "Download the data (GeoJSON)" |
*
* @param {App_Download_DataInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const app_download_data = /** @type {((inputs?: App_Download_DataInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Download_DataInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_app_download_data(inputs)
	if (locale === "de") return de_app_download_data(inputs)
	if (locale === "uk") return uk_app_download_data(inputs)
	if (locale === "ru") return ru_app_download_data(inputs)
	if (locale === "ar") return ar_app_download_data(inputs)
	return en_app_download_data(inputs)
});