/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_ResumeInputs */

const en_presenter_resume = /** @type {(inputs: Presenter_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resume`)
};

const fr_presenter_resume = /** @type {(inputs: Presenter_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reprendre`)
};

const de_presenter_resume = /** @type {(inputs: Presenter_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fortsetzen`)
};

const uk_presenter_resume = /** @type {(inputs: Presenter_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Продовжити`)
};

const ru_presenter_resume = /** @type {(inputs: Presenter_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Продолжить`)
};

const ar_presenter_resume = /** @type {(inputs: Presenter_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`استئناف`)
};

/**
* | output |
* | --- |
* | "Resume" |
*
* @param {Presenter_ResumeInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const presenter_resume = /** @type {((inputs?: Presenter_ResumeInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_ResumeInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_presenter_resume(inputs)
	if (locale === "de") return de_presenter_resume(inputs)
	if (locale === "uk") return uk_presenter_resume(inputs)
	if (locale === "ru") return ru_presenter_resume(inputs)
	if (locale === "ar") return ar_presenter_resume(inputs)
	return en_presenter_resume(inputs)
});