/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_Failed_StartInputs */

const en_map_failed_start = /** @type {(inputs: Map_Failed_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The interactive map failed to start, so a simpler map is shown.`)
};

const fr_map_failed_start = /** @type {(inputs: Map_Failed_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le démarrage de la carte interactive a échoué ; une carte simplifiée est affichée.`)
};

const de_map_failed_start = /** @type {(inputs: Map_Failed_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die interaktive Karte ließ sich nicht starten, daher wird eine einfachere Karte gezeigt.`)
};

const uk_map_failed_start = /** @type {(inputs: Map_Failed_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не вдалося запустити інтерактивну мапу, тому показано спрощену мапу.`)
};

const ru_map_failed_start = /** @type {(inputs: Map_Failed_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не удалось запустить интерактивную карту, поэтому показана упрощённая карта.`)
};

const ar_map_failed_start = /** @type {(inputs: Map_Failed_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`فشل تشغيل الخريطة التفاعلية، لذا تُعرض خريطة أبسط.`)
};

/**
* | output |
* | --- |
* | "The interactive map failed to start, so a simpler map is shown." |
*
* @param {Map_Failed_StartInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const map_failed_start = /** @type {((inputs?: Map_Failed_StartInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Failed_StartInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_map_failed_start(inputs)
	if (locale === "de") return de_map_failed_start(inputs)
	if (locale === "uk") return uk_map_failed_start(inputs)
	if (locale === "ru") return ru_map_failed_start(inputs)
	if (locale === "ar") return ar_map_failed_start(inputs)
	return en_map_failed_start(inputs)
});