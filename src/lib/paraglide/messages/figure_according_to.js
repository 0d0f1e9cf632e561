/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ names: NonNullable<unknown> }} Figure_According_ToInputs */

const en_figure_according_to = /** @type {(inputs: Figure_According_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`according to ${i?.names}`)
};

const fr_figure_according_to = /** @type {(inputs: Figure_According_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`selon ${i?.names}`)
};

const de_figure_according_to = /** @type {(inputs: Figure_According_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`laut ${i?.names}`)
};

const uk_figure_according_to = /** @type {(inputs: Figure_According_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`за даними: ${i?.names}`)
};

const ru_figure_according_to = /** @type {(inputs: Figure_According_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`по данным: ${i?.names}`)
};

const ar_figure_according_to = /** @type {(inputs: Figure_According_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`بحسب ${i?.names}`)
};

/**
* | output |
* | --- |
* | "according to {names}" |
*
* @param {Figure_According_ToInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const figure_according_to = /** @type {((inputs: Figure_According_ToInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figure_According_ToInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_figure_according_to(inputs)
	if (locale === "de") return de_figure_according_to(inputs)
	if (locale === "uk") return uk_figure_according_to(inputs)
	if (locale === "ru") return ru_figure_according_to(inputs)
	if (locale === "ar") return ar_figure_according_to(inputs)
	return en_figure_according_to(inputs)
});