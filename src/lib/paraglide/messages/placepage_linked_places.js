/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Placepage_Linked_PlacesInputs */

const en_placepage_linked_places = /** @type {(inputs: Placepage_Linked_PlacesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Linked places`)
};

const fr_placepage_linked_places = /** @type {(inputs: Placepage_Linked_PlacesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lieux liés`)
};

const de_placepage_linked_places = /** @type {(inputs: Placepage_Linked_PlacesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbundene Orte`)
};

const uk_placepage_linked_places = /** @type {(inputs: Placepage_Linked_PlacesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пов’язані місця`)
};

const ru_placepage_linked_places = /** @type {(inputs: Placepage_Linked_PlacesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Связанные места`)
};

const ar_placepage_linked_places = /** @type {(inputs: Placepage_Linked_PlacesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أماكن مرتبطة`)
};

/**
* | output |
* | --- |
* | "Linked places" |
*
* @param {Placepage_Linked_PlacesInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const placepage_linked_places = /** @type {((inputs?: Placepage_Linked_PlacesInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Placepage_Linked_PlacesInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_placepage_linked_places(inputs)
	if (locale === "de") return de_placepage_linked_places(inputs)
	if (locale === "uk") return uk_placepage_linked_places(inputs)
	if (locale === "ru") return ru_placepage_linked_places(inputs)
	if (locale === "ar") return ar_placepage_linked_places(inputs)
	return en_placepage_linked_places(inputs)
});