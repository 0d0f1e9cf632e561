/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ amount: NonNullable<unknown> }} Figure_AboutInputs */

const en_figure_about = /** @type {(inputs: Figure_AboutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`about ${i?.amount}`)
};

const fr_figure_about = /** @type {(inputs: Figure_AboutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`environ ${i?.amount}`)
};

const de_figure_about = /** @type {(inputs: Figure_AboutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`etwa ${i?.amount}`)
};

const uk_figure_about = /** @type {(inputs: Figure_AboutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`близько ${i?.amount}`)
};

const ru_figure_about = /** @type {(inputs: Figure_AboutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`около ${i?.amount}`)
};

const ar_figure_about = /** @type {(inputs: Figure_AboutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`نحو ${i?.amount}`)
};

/**
* | output |
* | --- |
* | "about {amount}" |
*
* @param {Figure_AboutInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const figure_about = /** @type {((inputs: Figure_AboutInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figure_AboutInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_figure_about(inputs)
	if (locale === "de") return de_figure_about(inputs)
	if (locale === "uk") return uk_figure_about(inputs)
	if (locale === "ru") return ru_figure_about(inputs)
	if (locale === "ar") return ar_figure_about(inputs)
	return en_figure_about(inputs)
});