/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_NextInputs */

const en_presenter_next = /** @type {(inputs: Presenter_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next`)
};

const fr_presenter_next = /** @type {(inputs: Presenter_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suivante`)
};

const de_presenter_next = /** @type {(inputs: Presenter_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Als Nächstes`)
};

const uk_presenter_next = /** @type {(inputs: Presenter_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Далі`)
};

const ru_presenter_next = /** @type {(inputs: Presenter_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Далее`)
};

const ar_presenter_next = /** @type {(inputs: Presenter_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التالي`)
};

/**
* | output |
* | --- |
* | "Next" |
*
* @param {Presenter_NextInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const presenter_next = /** @type {((inputs?: Presenter_NextInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_NextInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_presenter_next(inputs)
	if (locale === "de") return de_presenter_next(inputs)
	if (locale === "uk") return uk_presenter_next(inputs)
	if (locale === "ru") return ru_presenter_next(inputs)
	if (locale === "ar") return ar_presenter_next(inputs)
	return en_presenter_next(inputs)
});