/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ amount: NonNullable<unknown> }} Figure_Up_ToInputs */

const en_figure_up_to = /** @type {(inputs: Figure_Up_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`up to ${i?.amount}`)
};

const fr_figure_up_to = /** @type {(inputs: Figure_Up_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`jusqu’à ${i?.amount}`)
};

const de_figure_up_to = /** @type {(inputs: Figure_Up_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`bis zu ${i?.amount}`)
};

const uk_figure_up_to = /** @type {(inputs: Figure_Up_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`до ${i?.amount}`)
};

const ru_figure_up_to = /** @type {(inputs: Figure_Up_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`до ${i?.amount}`)
};

const ar_figure_up_to = /** @type {(inputs: Figure_Up_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ما يصل إلى ${i?.amount}`)
};

/**
* | output |
* | --- |
* | "up to {amount}" |
*
* @param {Figure_Up_ToInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const figure_up_to = /** @type {((inputs: Figure_Up_ToInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figure_Up_ToInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_figure_up_to(inputs)
	if (locale === "de") return de_figure_up_to(inputs)
	if (locale === "uk") return uk_figure_up_to(inputs)
	if (locale === "ru") return ru_figure_up_to(inputs)
	if (locale === "ar") return ar_figure_up_to(inputs)
	return en_figure_up_to(inputs)
});