/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_PauseInputs */

const en_presenter_pause = /** @type {(inputs: Presenter_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause`)
};

const fr_presenter_pause = /** @type {(inputs: Presenter_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause`)
};

const de_presenter_pause = /** @type {(inputs: Presenter_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause`)
};

const uk_presenter_pause = /** @type {(inputs: Presenter_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пауза`)
};

const ru_presenter_pause = /** @type {(inputs: Presenter_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пауза`)
};

const ar_presenter_pause = /** @type {(inputs: Presenter_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إيقاف مؤقت`)
};

/**
* | output |
* | --- |
* | "Pause" |
*
* @param {Presenter_PauseInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const presenter_pause = /** @type {((inputs?: Presenter_PauseInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_PauseInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_presenter_pause(inputs)
	if (locale === "de") return de_presenter_pause(inputs)
	if (locale === "uk") return uk_presenter_pause(inputs)
	if (locale === "ru") return ru_presenter_pause(inputs)
	if (locale === "ar") return ar_presenter_pause(inputs)
	return en_presenter_pause(inputs)
});