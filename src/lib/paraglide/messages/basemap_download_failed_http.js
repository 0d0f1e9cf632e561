/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ status: NonNullable<unknown> }} Basemap_Download_Failed_HttpInputs */

const en_basemap_download_failed_http = /** @type {(inputs: Basemap_Download_Failed_HttpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the basemap could not be downloaded (HTTP ${i?.status})`)
};

const fr_basemap_download_failed_http = /** @type {(inputs: Basemap_Download_Failed_HttpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`le fond de carte n’a pas pu être téléchargé (HTTP ${i?.status})`)
};

const de_basemap_download_failed_http = /** @type {(inputs: Basemap_Download_Failed_HttpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`die Grundkarte konnte nicht heruntergeladen werden (HTTP ${i?.status})`)
};

const uk_basemap_download_failed_http = /** @type {(inputs: Basemap_Download_Failed_HttpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`не вдалося завантажити основу мапи (HTTP ${i?.status})`)
};

const ru_basemap_download_failed_http = /** @type {(inputs: Basemap_Download_Failed_HttpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`не удалось скачать подложку карты (HTTP ${i?.status})`)
};

const ar_basemap_download_failed_http = /** @type {(inputs: Basemap_Download_Failed_HttpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`تعذّر تنزيل الخريطة الأساسية (HTTP ${i?.status})`)
};

/**
* | output |
* | --- |
* | "the basemap could not be downloaded (HTTP {status})" |
*
* @param {Basemap_Download_Failed_HttpInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const basemap_download_failed_http = /** @type {((inputs: Basemap_Download_Failed_HttpInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Basemap_Download_Failed_HttpInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_basemap_download_failed_http(inputs)
	if (locale === "de") return de_basemap_download_failed_http(inputs)
	if (locale === "uk") return uk_basemap_download_failed_http(inputs)
	if (locale === "ru") return ru_basemap_download_failed_http(inputs)
	if (locale === "ar") return ar_basemap_download_failed_http(inputs)
	return en_basemap_download_failed_http(inputs)
});