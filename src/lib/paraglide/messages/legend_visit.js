/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_VisitInputs */

const en_legend_visit = /** @type {(inputs: Legend_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visit or travel`)
};

const fr_legend_visit = /** @type {(inputs: Legend_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visite ou déplacement`)
};

const de_legend_visit = /** @type {(inputs: Legend_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Besuch oder Reise`)
};

const uk_legend_visit = /** @type {(inputs: Legend_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Візит або поїздка`)
};

const ru_legend_visit = /** @type {(inputs: Legend_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Визит или поездка`)
};

const ar_legend_visit = /** @type {(inputs: Legend_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`زيارة أو تنقّل`)
};

/**
* | output |
* | --- |
* | "Visit or travel" |
*
* @param {Legend_VisitInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const legend_visit = /** @type {((inputs?: Legend_VisitInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_VisitInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_legend_visit(inputs)
	if (locale === "de") return de_legend_visit(inputs)
	if (locale === "uk") return uk_legend_visit(inputs)
	if (locale === "ru") return ru_legend_visit(inputs)
	if (locale === "ar") return ar_legend_visit(inputs)
	return en_legend_visit(inputs)
});