/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ amount: NonNullable<unknown> }} Figure_More_ThanInputs */

const en_figure_more_than = /** @type {(inputs: Figure_More_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`more than ${i?.amount}`)
};

const fr_figure_more_than = /** @type {(inputs: Figure_More_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`plus de ${i?.amount}`)
};

const de_figure_more_than = /** @type {(inputs: Figure_More_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mehr als ${i?.amount}`)
};

const uk_figure_more_than = /** @type {(inputs: Figure_More_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`понад ${i?.amount}`)
};

const ru_figure_more_than = /** @type {(inputs: Figure_More_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`более ${i?.amount}`)
};

const ar_figure_more_than = /** @type {(inputs: Figure_More_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`أكثر من ${i?.amount}`)
};

/**
* | output |
* | --- |
* | "more than {amount}" |
*
* @param {Figure_More_ThanInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const figure_more_than = /** @type {((inputs: Figure_More_ThanInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figure_More_ThanInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_figure_more_than(inputs)
	if (locale === "de") return de_figure_more_than(inputs)
	if (locale === "uk") return uk_figure_more_than(inputs)
	if (locale === "ru") return ru_figure_more_than(inputs)
	if (locale === "ar") return ar_figure_more_than(inputs)
	return en_figure_more_than(inputs)
});