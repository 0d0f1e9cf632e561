/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Timer_LabelInputs */

const en_presenter_timer_label = /** @type {(inputs: Presenter_Timer_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Time since the presentation started`)
};

const fr_presenter_timer_label = /** @type {(inputs: Presenter_Timer_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Temps écoulé depuis le début de la présentation`)
};

const de_presenter_timer_label = /** @type {(inputs: Presenter_Timer_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zeit seit Beginn der Präsentation`)
};

const uk_presenter_timer_label = /** @type {(inputs: Presenter_Timer_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Час від початку презентації`)
};

const ru_presenter_timer_label = /** @type {(inputs: Presenter_Timer_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Время с начала презентации`)
};

const ar_presenter_timer_label = /** @type {(inputs: Presenter_Timer_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الوقت المنقضي منذ بدء العرض`)
};

/**
* | output |
* | --- |
* | "Time since the presentation started" |
*
* @param {Presenter_Timer_LabelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const presenter_timer_label = /** @type {((inputs?: Presenter_Timer_LabelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Timer_LabelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_presenter_timer_label(inputs)
	if (locale === "de") return de_presenter_timer_label(inputs)
	if (locale === "uk") return uk_presenter_timer_label(inputs)
	if (locale === "ru") return ru_presenter_timer_label(inputs)
	if (locale === "ar") return ar_presenter_timer_label(inputs)
	return en_presenter_timer_label(inputs)
});