/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ date: NonNullable<unknown> }} Figure_As_OfInputs */

const en_figure_as_of = /** @type {(inputs: Figure_As_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`as of ${i?.date}`)
};

const fr_figure_as_of = /** @type {(inputs: Figure_As_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`situation : ${i?.date}`)
};

const de_figure_as_of = /** @type {(inputs: Figure_As_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Stand: ${i?.date}`)
};

const uk_figure_as_of = /** @type {(inputs: Figure_As_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`станом на ${i?.date}`)
};

const ru_figure_as_of = /** @type {(inputs: Figure_As_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`по состоянию на ${i?.date}`)
};

const ar_figure_as_of = /** @type {(inputs: Figure_As_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`حتى ${i?.date}`)
};

/**
* | output |
* | --- |
* | "as of {date}" |
*
* @param {Figure_As_OfInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const figure_as_of = /** @type {((inputs: Figure_As_OfInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figure_As_OfInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_figure_as_of(inputs)
	if (locale === "de") return de_figure_as_of(inputs)
	if (locale === "uk") return uk_figure_as_of(inputs)
	if (locale === "ru") return ru_figure_as_of(inputs)
	if (locale === "ar") return ar_figure_as_of(inputs)
	return en_figure_as_of(inputs)
});