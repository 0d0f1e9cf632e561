/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Snapshot_No_PictureInputs */

const en_snapshot_no_picture = /** @type {(inputs: Snapshot_No_PictureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no picture`)
};

const fr_snapshot_no_picture = /** @type {(inputs: Snapshot_No_PictureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aucune image`)
};

const de_snapshot_no_picture = /** @type {(inputs: Snapshot_No_PictureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kein Bild`)
};

const uk_snapshot_no_picture = /** @type {(inputs: Snapshot_No_PictureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`зображення немає`)
};

const ru_snapshot_no_picture = /** @type {(inputs: Snapshot_No_PictureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`изображения нет`)
};

const ar_snapshot_no_picture = /** @type {(inputs: Snapshot_No_PictureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا توجد صورة`)
};

/**
* | output |
* | --- |
* | "no picture" |
*
* @param {Snapshot_No_PictureInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const snapshot_no_picture = /** @type {((inputs?: Snapshot_No_PictureInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Snapshot_No_PictureInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_snapshot_no_picture(inputs)
	if (locale === "de") return de_snapshot_no_picture(inputs)
	if (locale === "uk") return uk_snapshot_no_picture(inputs)
	if (locale === "ru") return ru_snapshot_no_picture(inputs)
	if (locale === "ar") return ar_snapshot_no_picture(inputs)
	return en_snapshot_no_picture(inputs)
});