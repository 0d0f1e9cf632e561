/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ place: NonNullable<unknown> }} Placepage_Map_LabelInputs */

const en_placepage_map_label = /** @type {(inputs: Placepage_Map_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Map of ${i?.place} and the places linked to it by the events below`)
};

const fr_placepage_map_label = /** @type {(inputs: Placepage_Map_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Carte : ${i?.place} et les lieux qui y sont liés par les événements ci-dessous`)
};

const de_placepage_map_label = /** @type {(inputs: Placepage_Map_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Karte von ${i?.place} und den Orten, die durch die Ereignisse unten damit verbunden sind`)
};

const uk_placepage_map_label = /** @type {(inputs: Placepage_Map_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Мапа: ${i?.place} і місця, пов’язані подіями нижче`)
};

const ru_placepage_map_label = /** @type {(inputs: Placepage_Map_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Карта: ${i?.place} и места, связанные событиями ниже`)
};

const ar_placepage_map_label = /** @type {(inputs: Placepage_Map_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`خريطة ${i?.place} والأماكن المرتبطة عبر الأحداث أدناه`)
};

/**
* | output |
* | --- |
* | "Map of {place} and the places linked to it by the events below" |
*
* @param {Placepage_Map_LabelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const placepage_map_label = /** @type {((inputs: Placepage_Map_LabelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Placepage_Map_LabelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_placepage_map_label(inputs)
	if (locale === "de") return de_placepage_map_label(inputs)
	if (locale === "uk") return uk_placepage_map_label(inputs)
	if (locale === "ru") return ru_placepage_map_label(inputs)
	if (locale === "ar") return ar_placepage_map_label(inputs)
	return en_placepage_map_label(inputs)
});