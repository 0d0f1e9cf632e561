/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_Context_LostInputs */

const en_map_context_lost = /** @type {(inputs: Map_Context_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The graphics context was lost, so a simpler map is shown.`)
};

const fr_map_context_lost = /** @type {(inputs: Map_Context_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le contexte graphique a été perdu ; une carte simplifiée est affichée.`)
};

const de_map_context_lost = /** @type {(inputs: Map_Context_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Grafikkontext ging verloren, daher wird eine einfachere Karte gezeigt.`)
};

const uk_map_context_lost = /** @type {(inputs: Map_Context_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Графічний контекст втрачено, тому показано спрощену мапу.`)
};

const ru_map_context_lost = /** @type {(inputs: Map_Context_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Графический контекст потерян, поэтому показана упрощённая карта.`)
};

const ar_map_context_lost = /** @type {(inputs: Map_Context_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`فُقد سياق الرسوميات، لذا تُعرض خريطة أبسط.`)
};

/**
* | output |
* | --- |
* | "The graphics context was lost, so a simpler map is shown." |
*
* @param {Map_Context_LostInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const map_context_lost = /** @type {((inputs?: Map_Context_LostInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Context_LostInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_map_context_lost(inputs)
	if (locale === "de") return de_map_context_lost(inputs)
	if (locale === "uk") return uk_map_context_lost(inputs)
	if (locale === "ru") return ru_map_context_lost(inputs)
	if (locale === "ar") return ar_map_context_lost(inputs)
	return en_map_context_lost(inputs)
});