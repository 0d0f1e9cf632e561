/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_TitleInputs */

const en_presenter_title = /** @type {(inputs: Presenter_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Presenter view`)
};

const fr_presenter_title = /** @type {(inputs: Presenter_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mode présentateur`)
};

const de_presenter_title = /** @type {(inputs: Presenter_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Referentenansicht`)
};

const uk_presenter_title = /** @type {(inputs: Presenter_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Режим доповідача`)
};

const ru_presenter_title = /** @type {(inputs: Presenter_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Режим докладчика`)
};

const ar_presenter_title = /** @type {(inputs: Presenter_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`عرض المقدِّم`)
};

/**
* | output |
* | --- |
* | "Presenter view" |
*
* @param {Presenter_TitleInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const presenter_title = /** @type {((inputs?: Presenter_TitleInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_TitleInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_presenter_title(inputs)
	if (locale === "de") return de_presenter_title(inputs)
	if (locale === "uk") return uk_presenter_title(inputs)
	if (locale === "ru") return ru_presenter_title(inputs)
	if (locale === "ar") return ar_presenter_title(inputs)
	return en_presenter_title(inputs)
});