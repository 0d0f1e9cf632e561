/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_On_ScreenInputs */

const en_presenter_on_screen = /** @type {(inputs: Presenter_On_ScreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`on screen now`)
};

const fr_presenter_on_screen = /** @type {(inputs: Presenter_On_ScreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`à l’écran`)
};

const de_presenter_on_screen = /** @type {(inputs: Presenter_On_ScreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`jetzt zu sehen`)
};

const uk_presenter_on_screen = /** @type {(inputs: Presenter_On_ScreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`зараз на екрані`)
};

const ru_presenter_on_screen = /** @type {(inputs: Presenter_On_ScreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`сейчас на экране`)
};

const ar_presenter_on_screen = /** @type {(inputs: Presenter_On_ScreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`على الشاشة الآن`)
};

/**
* | output |
* | --- |
* | "on screen now" |
*
* @param {Presenter_On_ScreenInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const presenter_on_screen = /** @type {((inputs?: Presenter_On_ScreenInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_On_ScreenInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_presenter_on_screen(inputs)
	if (locale === "de") return de_presenter_on_screen(inputs)
	if (locale === "uk") return uk_presenter_on_screen(inputs)
	if (locale === "ru") return ru_presenter_on_screen(inputs)
	if (locale === "ar") return ar_presenter_on_screen(inputs)
	return en_presenter_on_screen(inputs)
});