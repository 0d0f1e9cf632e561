/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Open_AudienceInputs */

const en_presenter_open_audience = /** @type {(inputs: Presenter_Open_AudienceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`open the audience window`)
};

const fr_presenter_open_audience = /** @type {(inputs: Presenter_Open_AudienceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ouvrir la fenêtre du public`)
};

const de_presenter_open_audience = /** @type {(inputs: Presenter_Open_AudienceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`das Publikumsfenster öffnen`)
};

const uk_presenter_open_audience = /** @type {(inputs: Presenter_Open_AudienceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`відкрити вікно для аудиторії`)
};

const ru_presenter_open_audience = /** @type {(inputs: Presenter_Open_AudienceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`открыть окно для аудитории`)
};

const ar_presenter_open_audience = /** @type {(inputs: Presenter_Open_AudienceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`فتح نافذة الجمهور`)
};

/**
* | output |
* | --- |
* | "open the audience window" |
*
* @param {Presenter_Open_AudienceInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const presenter_open_audience = /** @type {((inputs?: Presenter_Open_AudienceInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Open_AudienceInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_presenter_open_audience(inputs)
	if (locale === "de") return de_presenter_open_audience(inputs)
	if (locale === "uk") return uk_presenter_open_audience(inputs)
	if (locale === "ru") return ru_presenter_open_audience(inputs)
	if (locale === "ar") return ar_presenter_open_audience(inputs)
	return en_presenter_open_audience(inputs)
});