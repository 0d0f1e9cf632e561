/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Print_Map_LabelInputs */

const en_print_map_label = /** @type {(inputs: Print_Map_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map of every place in the story`)
};

const fr_print_map_label = /** @type {(inputs: Print_Map_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Carte de tous les lieux du récit`)
};

const de_print_map_label = /** @type {(inputs: Print_Map_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karte aller Orte der Geschichte`)
};

const uk_print_map_label = /** @type {(inputs: Print_Map_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта всіх місць історії`)
};

const ru_print_map_label = /** @type {(inputs: Print_Map_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта всех мест истории`)
};

const ar_print_map_label = /** @type {(inputs: Print_Map_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خريطة لكل أماكن القصة`)
};

/**
* | output |
* | --- |
* | "Map of every place in the story" |
*
* @param {Print_Map_LabelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const print_map_label = /** @type {((inputs?: Print_Map_LabelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Print_Map_LabelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_print_map_label(inputs)
	if (locale === "de") return de_print_map_label(inputs)
	if (locale === "uk") return uk_print_map_label(inputs)
	if (locale === "ru") return ru_print_map_label(inputs)
	if (locale === "ar") return ar_print_map_label(inputs)
	return en_print_map_label(inputs)
});