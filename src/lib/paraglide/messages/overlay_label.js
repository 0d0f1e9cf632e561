/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Overlay_LabelInputs */

const en_overlay_label = /** @type {(inputs: Overlay_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Events on the map`)
};

const fr_overlay_label = /** @type {(inputs: Overlay_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Événements sur la carte`)
};

const de_overlay_label = /** @type {(inputs: Overlay_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ereignisse auf der Karte`)
};

const uk_overlay_label = /** @type {(inputs: Overlay_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Події на мапі`)
};

const ru_overlay_label = /** @type {(inputs: Overlay_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`События на карте`)
};

const ar_overlay_label = /** @type {(inputs: Overlay_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الأحداث على الخريطة`)
};

/**
* | output |
* | --- |
* | "Events on the map" |
*
* @param {Overlay_LabelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const overlay_label = /** @type {((inputs?: Overlay_LabelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overlay_LabelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_overlay_label(inputs)
	if (locale === "de") return de_overlay_label(inputs)
	if (locale === "uk") return uk_overlay_label(inputs)
	if (locale === "ru") return ru_overlay_label(inputs)
	if (locale === "ar") return ar_overlay_label(inputs)
	return en_overlay_label(inputs)
});