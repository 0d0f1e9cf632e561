/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_VisitInputs */

const en_kind_visit = /** @type {(inputs: Kind_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visit`)
};

const fr_kind_visit = /** @type {(inputs: Kind_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visite`)
};

const de_kind_visit = /** @type {(inputs: Kind_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Besuch`)
};

const uk_kind_visit = /** @type {(inputs: Kind_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Візит`)
};

const ru_kind_visit = /** @type {(inputs: Kind_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Визит`)
};

const ar_kind_visit = /** @type {(inputs: Kind_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`زيارة`)
};

/**
* | output |
* | --- |
* | "Visit" |
*
* @param {Kind_VisitInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_visit = /** @type {((inputs?: Kind_VisitInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_VisitInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_visit(inputs)
	if (locale === "de") return de_kind_visit(inputs)
	if (locale === "uk") return uk_kind_visit(inputs)
	if (locale === "ru") return ru_kind_visit(inputs)
	if (locale === "ar") return ar_kind_visit(inputs)
	return en_kind_visit(inputs)
});