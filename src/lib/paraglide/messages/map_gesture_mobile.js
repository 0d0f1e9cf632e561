/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_Gesture_MobileInputs */

const en_map_gesture_mobile = /** @type {(inputs: Map_Gesture_MobileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use two fingers to move the map`)
};

const fr_map_gesture_mobile = /** @type {(inputs: Map_Gesture_MobileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utilisez deux doigts pour déplacer la carte`)
};

const de_map_gesture_mobile = /** @type {(inputs: Map_Gesture_MobileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verschieben Sie die Karte mit zwei Fingern`)
};

const uk_map_gesture_mobile = /** @type {(inputs: Map_Gesture_MobileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Переміщуйте мапу двома пальцями`)
};

const ru_map_gesture_mobile = /** @type {(inputs: Map_Gesture_MobileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Перемещайте карту двумя пальцами`)
};

const ar_map_gesture_mobile = /** @type {(inputs: Map_Gesture_MobileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`استخدموا إصبعين لتحريك الخريطة`)
};

/**
* | output |
* | --- |
* | "Use two fingers to move the map" |
*
* @param {Map_Gesture_MobileInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const map_gesture_mobile = /** @type {((inputs?: Map_Gesture_MobileInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Gesture_MobileInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_map_gesture_mobile(inputs)
	if (locale === "de") return de_map_gesture_mobile(inputs)
	if (locale === "uk") return uk_map_gesture_mobile(inputs)
	if (locale === "ru") return ru_map_gesture_mobile(inputs)
	if (locale === "ar") return ar_map_gesture_mobile(inputs)
	return en_map_gesture_mobile(inputs)
});