/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Snapshot_No_CanvasInputs */

const en_snapshot_no_canvas = /** @type {(inputs: Snapshot_No_CanvasInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`this browser cannot draw pictures`)
};

const fr_snapshot_no_canvas = /** @type {(inputs: Snapshot_No_CanvasInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ce navigateur ne peut pas dessiner d’images`)
};

const de_snapshot_no_canvas = /** @type {(inputs: Snapshot_No_CanvasInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dieser Browser kann keine Bilder zeichnen`)
};

const uk_snapshot_no_canvas = /** @type {(inputs: Snapshot_No_CanvasInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`цей браузер не вміє малювати зображення`)
};

const ru_snapshot_no_canvas = /** @type {(inputs: Snapshot_No_CanvasInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`этот браузер не умеет рисовать изображения`)
};

const ar_snapshot_no_canvas = /** @type {(inputs: Snapshot_No_CanvasInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا المتصفح لا يستطيع رسم الصور`)
};

/**
* | output |
* | --- |
* | "this browser cannot draw pictures" |
*
* @param {Snapshot_No_CanvasInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const snapshot_no_canvas = /** @type {((inputs?: Snapshot_No_CanvasInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Snapshot_No_CanvasInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_snapshot_no_canvas(inputs)
	if (locale === "de") return de_snapshot_no_canvas(inputs)
	if (locale === "uk") return uk_snapshot_no_canvas(inputs)
	if (locale === "ru") return ru_snapshot_no_canvas(inputs)
	if (locale === "ar") return ar_snapshot_no_canvas(inputs)
	return en_snapshot_no_canvas(inputs)
});