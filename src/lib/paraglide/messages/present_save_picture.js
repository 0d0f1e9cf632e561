/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Present_Save_PictureInputs */

const en_present_save_picture = /** @type {(inputs: Present_Save_PictureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save picture`)
};

const fr_present_save_picture = /** @type {(inputs: Present_Save_PictureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enregistrer l’image`)
};

const de_present_save_picture = /** @type {(inputs: Present_Save_PictureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bild speichern`)
};

const uk_present_save_picture = /** @type {(inputs: Present_Save_PictureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зберегти зображення`)
};

const ru_present_save_picture = /** @type {(inputs: Present_Save_PictureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сохранить изображение`)
};

const ar_present_save_picture = /** @type {(inputs: Present_Save_PictureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حفظ الصورة`)
};

/**
* | output |
* | --- |
* | "Save picture" |
*
* @param {Present_Save_PictureInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_save_picture = /** @type {((inputs?: Present_Save_PictureInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Save_PictureInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_save_picture(inputs)
	if (locale === "de") return de_present_save_picture(inputs)
	if (locale === "uk") return uk_present_save_picture(inputs)
	if (locale === "ru") return ru_present_save_picture(inputs)
	if (locale === "ar") return ar_present_save_picture(inputs)
	return en_present_save_picture(inputs)
});