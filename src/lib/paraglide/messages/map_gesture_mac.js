/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_Gesture_MacInputs */

const en_map_gesture_mac = /** @type {(inputs: Map_Gesture_MacInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use ⌘ + scroll to zoom the map`)
};

const fr_map_gesture_mac = /** @type {(inputs: Map_Gesture_MacInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utilisez ⌘ + molette pour zoomer sur la carte`)
};

const de_map_gesture_mac = /** @type {(inputs: Map_Gesture_MacInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verwenden Sie ⌘ + Mausrad, um die Karte zu zoomen`)
};

const uk_map_gesture_mac = /** @type {(inputs: Map_Gesture_MacInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Використовуйте ⌘ + прокручування, щоб масштабувати мапу`)
};

const ru_map_gesture_mac = /** @type {(inputs: Map_Gesture_MacInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Используйте ⌘ + прокрутку, чтобы масштабировать карту`)
};

const ar_map_gesture_mac = /** @type {(inputs: Map_Gesture_MacInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`استخدموا ⌘ مع عجلة التمرير لتكبير الخريطة أو تصغيرها`)
};

/**
* | output |
* | --- |
* | "Use ⌘ + scroll to zoom the map" |
*
* @param {Map_Gesture_MacInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const map_gesture_mac = /** @type {((inputs?: Map_Gesture_MacInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Gesture_MacInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_map_gesture_mac(inputs)
	if (locale === "de") return de_map_gesture_mac(inputs)
	if (locale === "uk") return uk_map_gesture_mac(inputs)
	if (locale === "ru") return ru_map_gesture_mac(inputs)
	if (locale === "ar") return ar_map_gesture_mac(inputs)
	return en_map_gesture_mac(inputs)
});