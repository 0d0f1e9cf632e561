/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Snapshot_Image_UnreadableInputs */

const en_snapshot_image_unreadable = /** @type {(inputs: Snapshot_Image_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`an image could not be read`)
};

const fr_snapshot_image_unreadable = /** @type {(inputs: Snapshot_Image_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`une image n’a pas pu être lue`)
};

const de_snapshot_image_unreadable = /** @type {(inputs: Snapshot_Image_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ein Bild konnte nicht gelesen werden`)
};

const uk_snapshot_image_unreadable = /** @type {(inputs: Snapshot_Image_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`не вдалося прочитати зображення`)
};

const ru_snapshot_image_unreadable = /** @type {(inputs: Snapshot_Image_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`не удалось прочитать изображение`)
};

const ar_snapshot_image_unreadable = /** @type {(inputs: Snapshot_Image_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تعذّرت قراءة صورة`)
};

/**
* | output |
* | --- |
* | "an image could not be read" |
*
* @param {Snapshot_Image_UnreadableInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const snapshot_image_unreadable = /** @type {((inputs?: Snapshot_Image_UnreadableInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Snapshot_Image_UnreadableInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_snapshot_image_unreadable(inputs)
	if (locale === "de") return de_snapshot_image_unreadable(inputs)
	if (locale === "uk") return uk_snapshot_image_unreadable(inputs)
	if (locale === "ru") return ru_snapshot_image_unreadable(inputs)
	if (locale === "ar") return ar_snapshot_image_unreadable(inputs)
	return en_snapshot_image_unreadable(inputs)
});