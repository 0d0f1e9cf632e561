/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Map_Could_Not_StartInputs */

const en_map_could_not_start = /** @type {(inputs: Map_Could_Not_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The interactive map could not start in this browser, so a simpler map is shown.`)
};

const fr_map_could_not_start = /** @type {(inputs: Map_Could_Not_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La carte interactive n’a pas pu démarrer dans ce navigateur ; une carte simplifiée est affichée.`)
};

const de_map_could_not_start = /** @type {(inputs: Map_Could_Not_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die interaktive Karte konnte in diesem Browser nicht starten, daher wird eine einfachere Karte gezeigt.`)
};

const uk_map_could_not_start = /** @type {(inputs: Map_Could_Not_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Інтерактивна мапа не змогла запуститися в цьому браузері, тому показано спрощену мапу.`)
};

const ru_map_could_not_start = /** @type {(inputs: Map_Could_Not_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Интерактивная карта не смогла запуститься в этом браузере, поэтому показана упрощённая карта.`)
};

const ar_map_could_not_start = /** @type {(inputs: Map_Could_Not_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تعذّر تشغيل الخريطة التفاعلية في هذا المتصفح، لذا تُعرض خريطة أبسط.`)
};

/**
* | output |
* | --- |
* | "The interactive map could not start in this browser, so a simpler map is shown." |
*
* @param {Map_Could_Not_StartInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const map_could_not_start = /** @type {((inputs?: Map_Could_Not_StartInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Could_Not_StartInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_map_could_not_start(inputs)
	if (locale === "de") return de_map_could_not_start(inputs)
	if (locale === "uk") return uk_map_could_not_start(inputs)
	if (locale === "ru") return ru_map_could_not_start(inputs)
	if (locale === "ar") return ar_map_could_not_start(inputs)
	return en_map_could_not_start(inputs)
});