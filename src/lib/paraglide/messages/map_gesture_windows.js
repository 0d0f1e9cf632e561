/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_Gesture_WindowsInputs */

const en_map_gesture_windows = /** @type {(inputs: Map_Gesture_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use Ctrl + scroll to zoom the map`)
};

const fr_map_gesture_windows = /** @type {(inputs: Map_Gesture_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utilisez Ctrl + molette pour zoomer sur la carte`)
};

const de_map_gesture_windows = /** @type {(inputs: Map_Gesture_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verwenden Sie Strg + Mausrad, um die Karte zu zoomen`)
};

const uk_map_gesture_windows = /** @type {(inputs: Map_Gesture_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Використовуйте Ctrl + прокручування, щоб масштабувати мапу`)
};

const ru_map_gesture_windows = /** @type {(inputs: Map_Gesture_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Используйте Ctrl + прокрутку, чтобы масштабировать карту`)
};

const ar_map_gesture_windows = /** @type {(inputs: Map_Gesture_WindowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`استخدموا Ctrl مع عجلة التمرير لتكبير الخريطة أو تصغيرها`)
};

/**
* | output |
* | --- |
* | "Use Ctrl + scroll to zoom the map" |
*
* @param {Map_Gesture_WindowsInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const map_gesture_windows = /** @type {((inputs?: Map_Gesture_WindowsInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Gesture_WindowsInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_map_gesture_windows(inputs)
	if (locale === "de") return de_map_gesture_windows(inputs)
	if (locale === "uk") return uk_map_gesture_windows(inputs)
	if (locale === "ru") return ru_map_gesture_windows(inputs)
	if (locale === "ar") return ar_map_gesture_windows(inputs)
	return en_map_gesture_windows(inputs)
});