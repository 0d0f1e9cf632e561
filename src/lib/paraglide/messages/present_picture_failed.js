/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Present_Picture_FailedInputs */

const en_present_picture_failed = /** @type {(inputs: Present_Picture_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The picture could not be made: ${i?.reason}`)
};

const fr_present_picture_failed = /** @type {(inputs: Present_Picture_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`L’image n’a pas pu être créée : ${i?.reason}`)
};

const de_present_picture_failed = /** @type {(inputs: Present_Picture_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Das Bild konnte nicht erstellt werden: ${i?.reason}`)
};

const uk_present_picture_failed = /** @type {(inputs: Present_Picture_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Не вдалося створити зображення: ${i?.reason}`)
};

const ru_present_picture_failed = /** @type {(inputs: Present_Picture_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Не удалось создать изображение: ${i?.reason}`)
};

const ar_present_picture_failed = /** @type {(inputs: Present_Picture_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`تعذّر إنشاء الصورة: ${i?.reason}`)
};

/**
* | output |
* | --- |
* | "The picture could not be made: {reason}" |
*
* @param {Present_Picture_FailedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_picture_failed = /** @type {((inputs: Present_Picture_FailedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Picture_FailedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_picture_failed(inputs)
	if (locale === "de") return de_present_picture_failed(inputs)
	if (locale === "uk") return uk_present_picture_failed(inputs)
	if (locale === "ru") return ru_present_picture_failed(inputs)
	if (locale === "ar") return ar_present_picture_failed(inputs)
	return en_present_picture_failed(inputs)
});