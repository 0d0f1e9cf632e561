/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_EndInputs */

const en_presenter_end = /** @type {(inputs: Presenter_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`End of the presentation`)
};

const fr_presenter_end = /** @type {(inputs: Presenter_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fin de la présentation`)
};

const de_presenter_end = /** @type {(inputs: Presenter_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ende der Präsentation`)
};

const uk_presenter_end = /** @type {(inputs: Presenter_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кінець презентації`)
};

const ru_presenter_end = /** @type {(inputs: Presenter_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Конец презентации`)
};

const ar_presenter_end = /** @type {(inputs: Presenter_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`نهاية العرض`)
};

/**
* | output |
* | --- |
* | "End of the presentation" |
*
* @param {Presenter_EndInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const presenter_end = /** @type {((inputs?: Presenter_EndInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_EndInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_presenter_end(inputs)
	if (locale === "de") return de_presenter_end(inputs)
	if (locale === "uk") return uk_presenter_end(inputs)
	if (locale === "ru") return ru_presenter_end(inputs)
	if (locale === "ar") return ar_presenter_end(inputs)
	return en_presenter_end(inputs)
});