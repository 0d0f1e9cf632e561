/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Overlay_Label_StaticInputs */

const en_overlay_label_static = /** @type {(inputs: Overlay_Label_StaticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map of the events`)
};

const fr_overlay_label_static = /** @type {(inputs: Overlay_Label_StaticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Carte des événements`)
};

const de_overlay_label_static = /** @type {(inputs: Overlay_Label_StaticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte der Ereignisse`)
};

const uk_overlay_label_static = /** @type {(inputs: Overlay_Label_StaticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мапа подій`)
};

const ru_overlay_label_static = /** @type {(inputs: Overlay_Label_StaticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта событий`)
};

const ar_overlay_label_static = /** @type {(inputs: Overlay_Label_StaticInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خريطة الأحداث`)
};

/**
* | output |
* | --- |
* | "Map of the events" |
*
* @param {Overlay_Label_StaticInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const overlay_label_static = /** @type {((inputs?: Overlay_Label_StaticInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overlay_Label_StaticInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_overlay_label_static(inputs)
	if (locale === "de") return de_overlay_label_static(inputs)
	if (locale === "uk") return uk_overlay_label_static(inputs)
	if (locale === "ru") return ru_overlay_label_static(inputs)
	if (locale === "ar") return ar_overlay_label_static(inputs)
	return en_overlay_label_static(inputs)
});