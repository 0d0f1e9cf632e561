/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Present_Picture_PreparingInputs */

const en_present_picture_preparing = /** @type {(inputs: Present_Picture_PreparingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preparing the picture…`)
};

const fr_present_picture_preparing = /** @type {(inputs: Present_Picture_PreparingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Préparation de l’image…`)
};

const de_present_picture_preparing = /** @type {(inputs: Present_Picture_PreparingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Bild wird vorbereitet …`)
};

const uk_present_picture_preparing = /** @type {(inputs: Present_Picture_PreparingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Готуємо зображення…`)
};

const ru_present_picture_preparing = /** @type {(inputs: Present_Picture_PreparingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Готовим изображение…`)
};

const ar_present_picture_preparing = /** @type {(inputs: Present_Picture_PreparingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`جارٍ تجهيز الصورة…`)
};

/**
* | output |
* | --- |
* | "Preparing the picture…" |
*
* @param {Present_Picture_PreparingInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_picture_preparing = /** @type {((inputs?: Present_Picture_PreparingInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Picture_PreparingInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_picture_preparing(inputs)
	if (locale === "de") return de_present_picture_preparing(inputs)
	if (locale === "uk") return uk_present_picture_preparing(inputs)
	if (locale === "ru") return ru_present_picture_preparing(inputs)
	if (locale === "ar") return ar_present_picture_preparing(inputs)
	return en_present_picture_preparing(inputs)
});