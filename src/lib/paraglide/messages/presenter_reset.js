/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_ResetInputs */

const en_presenter_reset = /** @type {(inputs: Presenter_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reset`)
};

const fr_presenter_reset = /** @type {(inputs: Presenter_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remettre à zéro`)
};

const de_presenter_reset = /** @type {(inputs: Presenter_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zurücksetzen`)
};

const uk_presenter_reset = /** @type {(inputs: Presenter_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Скинути`)
};

const ru_presenter_reset = /** @type {(inputs: Presenter_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сбросить`)
};

const ar_presenter_reset = /** @type {(inputs: Presenter_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إعادة الضبط`)
};

/**
* | output |
* | --- |
* | "Reset" |
*
* @param {Presenter_ResetInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const presenter_reset = /** @type {((inputs?: Presenter_ResetInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_ResetInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_presenter_reset(inputs)
	if (locale === "de") return de_presenter_reset(inputs)
	if (locale === "uk") return uk_presenter_reset(inputs)
	if (locale === "ru") return ru_presenter_reset(inputs)
	if (locale === "ar") return ar_presenter_reset(inputs)
	return en_presenter_reset(inputs)
});