/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Basemap_Download_FailedInputs */

const en_basemap_download_failed = /** @type {(inputs: Basemap_Download_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the basemap could not be downloaded`)
};

const fr_basemap_download_failed = /** @type {(inputs: Basemap_Download_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`le fond de carte n’a pas pu être téléchargé`)
};

const de_basemap_download_failed = /** @type {(inputs: Basemap_Download_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`die Grundkarte konnte nicht heruntergeladen werden`)
};

const uk_basemap_download_failed = /** @type {(inputs: Basemap_Download_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`не вдалося завантажити основу мапи`)
};

const ru_basemap_download_failed = /** @type {(inputs: Basemap_Download_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`не удалось скачать подложку карты`)
};

const ar_basemap_download_failed = /** @type {(inputs: Basemap_Download_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تعذّر تنزيل الخريطة الأساسية`)
};

/**
* | output |
* | --- |
* | "the basemap could not be downloaded" |
*
* @param {Basemap_Download_FailedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const basemap_download_failed = /** @type {((inputs?: Basemap_Download_FailedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Basemap_Download_FailedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_basemap_download_failed(inputs)
	if (locale === "de") return de_basemap_download_failed(inputs)
	if (locale === "uk") return uk_basemap_download_failed(inputs)
	if (locale === "ru") return ru_basemap_download_failed(inputs)
	if (locale === "ar") return ar_basemap_download_failed(inputs)
	return en_basemap_download_failed(inputs)
});