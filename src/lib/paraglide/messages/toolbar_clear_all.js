/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Toolbar_Clear_AllInputs */

const en_toolbar_clear_all = /** @type {(inputs: Toolbar_Clear_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clear all`)
};

const fr_toolbar_clear_all = /** @type {(inputs: Toolbar_Clear_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tout effacer`)
};

const de_toolbar_clear_all = /** @type {(inputs: Toolbar_Clear_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle entfernen`)
};

const uk_toolbar_clear_all = /** @type {(inputs: Toolbar_Clear_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Очистити все`)
};

const ru_toolbar_clear_all = /** @type {(inputs: Toolbar_Clear_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сбросить все`)
};

const ar_toolbar_clear_all = /** @type {(inputs: Toolbar_Clear_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مسح الكل`)
};

/**
* | output |
* | --- |
* | "Clear all" |
*
* @param {Toolbar_Clear_AllInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const toolbar_clear_all = /** @type {((inputs?: Toolbar_Clear_AllInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Toolbar_Clear_AllInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_toolbar_clear_all(inputs)
	if (locale === "de") return de_toolbar_clear_all(inputs)
	if (locale === "uk") return uk_toolbar_clear_all(inputs)
	if (locale === "ru") return ru_toolbar_clear_all(inputs)
	if (locale === "ar") return ar_toolbar_clear_all(inputs)
	return en_toolbar_clear_all(inputs)
});