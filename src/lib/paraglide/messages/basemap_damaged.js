/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Basemap_DamagedInputs */

const en_basemap_damaged = /** @type {(inputs: Basemap_DamagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the basemap file is damaged`)
};

const fr_basemap_damaged = /** @type {(inputs: Basemap_DamagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`le fichier du fond de carte est endommagé`)
};

const de_basemap_damaged = /** @type {(inputs: Basemap_DamagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`die Datei der Grundkarte ist beschädigt`)
};

const uk_basemap_damaged = /** @type {(inputs: Basemap_DamagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`файл основи мапи пошкоджено`)
};

const ru_basemap_damaged = /** @type {(inputs: Basemap_DamagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`файл подложки карты повреждён`)
};

const ar_basemap_damaged = /** @type {(inputs: Basemap_DamagedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ملف الخريطة الأساسية تالف`)
};

/**
* | output |
* | --- |
* | "the basemap file is damaged" |
*
* @param {Basemap_DamagedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const basemap_damaged = /** @type {((inputs?: Basemap_DamagedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Basemap_DamagedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_basemap_damaged(inputs)
	if (locale === "de") return de_basemap_damaged(inputs)
	if (locale === "uk") return uk_basemap_damaged(inputs)
	if (locale === "ru") return ru_basemap_damaged(inputs)
	if (locale === "ar") return ar_basemap_damaged(inputs)
	return en_basemap_damaged(inputs)
});