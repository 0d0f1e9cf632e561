/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_LanguageInputs */

const en_share_language = /** @type {(inputs: Share_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language of the embed`)
};

const fr_share_language = /** @type {(inputs: Share_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Langue de l’intégration`)
};

const de_share_language = /** @type {(inputs: Share_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sprache der Einbettung`)
};

const uk_share_language = /** @type {(inputs: Share_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мова вбудованого вікна`)
};

const ru_share_language = /** @type {(inputs: Share_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Язык встроенного окна`)
};

const ar_share_language = /** @type {(inputs: Share_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لغة الإطار المضمَّن`)
};

/**
* | output |
* | --- |
* | "Language of the embed" |
*
* @param {Share_LanguageInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_language = /** @type {((inputs?: Share_LanguageInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_LanguageInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_language(inputs)
	if (locale === "de") return de_share_language(inputs)
	if (locale === "uk") return uk_share_language(inputs)
	if (locale === "ru") return ru_share_language(inputs)
	if (locale === "ar") return ar_share_language(inputs)
	return en_share_language(inputs)
});