/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Present_Presenter_ViewInputs */

const en_present_presenter_view = /** @type {(inputs: Present_Presenter_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Presenter view`)
};

const fr_present_presenter_view = /** @type {(inputs: Present_Presenter_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mode présentateur`)
};

const de_present_presenter_view = /** @type {(inputs: Present_Presenter_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Referentenansicht`)
};

const uk_present_presenter_view = /** @type {(inputs: Present_Presenter_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Режим доповідача`)
};

const ru_present_presenter_view = /** @type {(inputs: Present_Presenter_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Режим докладчика`)
};

const ar_present_presenter_view = /** @type {(inputs: Present_Presenter_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عرض المقدِّم`)
};

/**
* | output |
* | --- |
* | "Presenter view" |
*
* @param {Present_Presenter_ViewInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_presenter_view = /** @type {((inputs?: Present_Presenter_ViewInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Presenter_ViewInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_presenter_view(inputs)
	if (locale === "de") return de_present_presenter_view(inputs)
	if (locale === "uk") return uk_present_presenter_view(inputs)
	if (locale === "ru") return ru_present_presenter_view(inputs)
	if (locale === "ar") return ar_present_presenter_view(inputs)
	return en_present_presenter_view(inputs)
});