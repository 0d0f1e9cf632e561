/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Present_Picture_SavedInputs */

const en_present_picture_saved = /** @type {(inputs: Present_Picture_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Picture saved.`)
};

const fr_present_picture_saved = /** @type {(inputs: Present_Picture_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Image enregistrée.`)
};

const de_present_picture_saved = /** @type {(inputs: Present_Picture_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bild gespeichert.`)
};

const uk_present_picture_saved = /** @type {(inputs: Present_Picture_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зображення збережено.`)
};

const ru_present_picture_saved = /** @type {(inputs: Present_Picture_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Изображение сохранено.`)
};

const ar_present_picture_saved = /** @type {(inputs: Present_Picture_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حُفظت الصورة.`)
};

/**
* | output |
* | --- |
* | "Picture saved." |
*
* @param {Present_Picture_SavedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_picture_saved = /** @type {((inputs?: Present_Picture_SavedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Picture_SavedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_picture_saved(inputs)
	if (locale === "de") return de_present_picture_saved(inputs)
	if (locale === "uk") return uk_present_picture_saved(inputs)
	if (locale === "ru") return ru_present_picture_saved(inputs)
	if (locale === "ar") return ar_present_picture_saved(inputs)
	return en_present_picture_saved(inputs)
});