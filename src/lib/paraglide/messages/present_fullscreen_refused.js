/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Present_Fullscreen_RefusedInputs */

const en_present_fullscreen_refused = /** @type {(inputs: Present_Fullscreen_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This browser did not allow full screen.`)
};

const fr_present_fullscreen_refused = /** @type {(inputs: Present_Fullscreen_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce navigateur n’a pas autorisé le plein écran.`)
};

const de_present_fullscreen_refused = /** @type {(inputs: Present_Fullscreen_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Browser hat den Vollbildmodus nicht zugelassen.`)
};

const uk_present_fullscreen_refused = /** @type {(inputs: Present_Fullscreen_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Цей браузер не дозволив повноекранний режим.`)
};

const ru_present_fullscreen_refused = /** @type {(inputs: Present_Fullscreen_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Этот браузер не разрешил полноэкранный режим.`)
};

const ar_present_fullscreen_refused = /** @type {(inputs: Present_Fullscreen_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لم يسمح هذا المتصفح بوضع ملء الشاشة.`)
};

/**
* | output |
* | --- |
* | "This browser did not allow full screen." |
*
* @param {Present_Fullscreen_RefusedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_fullscreen_refused = /** @type {((inputs?: Present_Fullscreen_RefusedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Fullscreen_RefusedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_fullscreen_refused(inputs)
	if (locale === "de") return de_present_fullscreen_refused(inputs)
	if (locale === "uk") return uk_present_fullscreen_refused(inputs)
	if (locale === "ru") return ru_present_fullscreen_refused(inputs)
	if (locale === "ar") return ar_present_fullscreen_refused(inputs)
	return en_present_fullscreen_refused(inputs)
});