/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_Attribution_ToggleInputs */

const en_map_attribution_toggle = /** @type {(inputs: Map_Attribution_ToggleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show or hide the map credits`)
};

const fr_map_attribution_toggle = /** @type {(inputs: Map_Attribution_ToggleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Afficher ou masquer les crédits de la carte`)
};

const de_map_attribution_toggle = /** @type {(inputs: Map_Attribution_ToggleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kartennachweise ein- oder ausblenden`)
};

const uk_map_attribution_toggle = /** @type {(inputs: Map_Attribution_ToggleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Показати або сховати джерела мапи`)
};

const ru_map_attribution_toggle = /** @type {(inputs: Map_Attribution_ToggleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Показать или скрыть источники карты`)
};

const ar_map_attribution_toggle = /** @type {(inputs: Map_Attribution_ToggleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إظهار مصادر الخريطة أو إخفاؤها`)
};

/**
* | output |
* | --- |
* | "Show or hide the map credits" |
*
* @param {Map_Attribution_ToggleInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const map_attribution_toggle = /** @type {((inputs?: Map_Attribution_ToggleInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Attribution_ToggleInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_map_attribution_toggle(inputs)
	if (locale === "de") return de_map_attribution_toggle(inputs)
	if (locale === "uk") return uk_map_attribution_toggle(inputs)
	if (locale === "ru") return ru_map_attribution_toggle(inputs)
	if (locale === "ar") return ar_map_attribution_toggle(inputs)
	return en_map_attribution_toggle(inputs)
});