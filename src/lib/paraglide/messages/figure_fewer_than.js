/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ amount: NonNullable<unknown> }} Figure_Fewer_ThanInputs */

const en_figure_fewer_than = /** @type {(inputs: Figure_Fewer_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fewer than ${i?.amount}`)
};

const fr_figure_fewer_than = /** @type {(inputs: Figure_Fewer_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`moins de ${i?.amount}`)
};

const de_figure_fewer_than = /** @type {(inputs: Figure_Fewer_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`weniger als ${i?.amount}`)
};

const uk_figure_fewer_than = /** @type {(inputs: Figure_Fewer_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`менше ніж ${i?.amount}`)
};

const ru_figure_fewer_than = /** @type {(inputs: Figure_Fewer_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`менее ${i?.amount}`)
};

const ar_figure_fewer_than = /** @type {(inputs: Figure_Fewer_ThanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`أقل من ${i?.amount}`)
};

/**
* | output |
* | --- |
* | "fewer than {amount}" |
*
* @param {Figure_Fewer_ThanInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const figure_fewer_than = /** @type {((inputs: Figure_Fewer_ThanInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figure_Fewer_ThanInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_figure_fewer_than(inputs)
	if (locale === "de") return de_figure_fewer_than(inputs)
	if (locale === "uk") return uk_figure_fewer_than(inputs)
	if (locale === "ru") return ru_figure_fewer_than(inputs)
	if (locale === "ar") return ar_figure_fewer_than(inputs)
	return en_figure_fewer_than(inputs)
});