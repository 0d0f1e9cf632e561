/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_FiguresInputs */

const en_event_figures = /** @type {(inputs: Event_FiguresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Figures`)
};

const fr_event_figures = /** @type {(inputs: Event_FiguresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chiffres`)
};

const de_event_figures = /** @type {(inputs: Event_FiguresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zahlen`)
};

const uk_event_figures = /** @type {(inputs: Event_FiguresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Цифри`)
};

const ru_event_figures = /** @type {(inputs: Event_FiguresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Цифры`)
};

const ar_event_figures = /** @type {(inputs: Event_FiguresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الأرقام`)
};

/**
* | output |
* | --- |
* | "Figures" |
*
* @param {Event_FiguresInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_figures = /** @type {((inputs?: Event_FiguresInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_FiguresInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_figures(inputs)
	if (locale === "de") return de_event_figures(inputs)
	if (locale === "uk") return uk_event_figures(inputs)
	if (locale === "ru") return ru_event_figures(inputs)
	if (locale === "ar") return ar_event_figures(inputs)
	return en_event_figures(inputs)
});