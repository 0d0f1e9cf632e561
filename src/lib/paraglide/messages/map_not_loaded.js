/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_Not_LoadedInputs */

const en_map_not_loaded = /** @type {(inputs: Map_Not_LoadedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The interactive map could not be loaded, so a simpler map is shown.`)
};

const fr_map_not_loaded = /** @type {(inputs: Map_Not_LoadedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La carte interactive n’a pas pu être chargée ; une carte simplifiée est affichée.`)
};

const de_map_not_loaded = /** @type {(inputs: Map_Not_LoadedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die interaktive Karte konnte nicht geladen werden, daher wird eine einfachere Karte gezeigt.`)
};

const uk_map_not_loaded = /** @type {(inputs: Map_Not_LoadedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не вдалося завантажити інтерактивну мапу, тому показано спрощену мапу.`)
};

const ru_map_not_loaded = /** @type {(inputs: Map_Not_LoadedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не удалось загрузить интерактивную карту, поэтому показана упрощённая карта.`)
};

const ar_map_not_loaded = /** @type {(inputs: Map_Not_LoadedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تعذّر تحميل الخريطة التفاعلية، لذا تُعرض خريطة أبسط.`)
};

/**
* | output |
* | --- |
* | "The interactive map could not be loaded, so a simpler map is shown." |
*
* @param {Map_Not_LoadedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const map_not_loaded = /** @type {((inputs?: Map_Not_LoadedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Not_LoadedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_map_not_loaded(inputs)
	if (locale === "de") return de_map_not_loaded(inputs)
	if (locale === "uk") return uk_map_not_loaded(inputs)
	if (locale === "ru") return ru_map_not_loaded(inputs)
	if (locale === "ar") return ar_map_not_loaded(inputs)
	return en_map_not_loaded(inputs)
});