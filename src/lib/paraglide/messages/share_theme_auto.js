/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_Theme_AutoInputs */

const en_share_theme_auto = /** @type {(inputs: Share_Theme_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`follow the reader's system`)
};

const fr_share_theme_auto = /** @type {(inputs: Share_Theme_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`selon le système du lecteur`)
};

const de_share_theme_auto = /** @type {(inputs: Share_Theme_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wie die Systemeinstellung der Lesenden`)
};

const uk_share_theme_auto = /** @type {(inputs: Share_Theme_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`як у системі читача`)
};

const ru_share_theme_auto = /** @type {(inputs: Share_Theme_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`как в системе читателя`)
};

const ar_share_theme_auto = /** @type {(inputs: Share_Theme_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حسب نظام القارئ`)
};

/**
* | output |
* | --- |
* | "follow the reader's system" |
*
* @param {Share_Theme_AutoInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_theme_auto = /** @type {((inputs?: Share_Theme_AutoInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Theme_AutoInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_theme_auto(inputs)
	if (locale === "de") return de_share_theme_auto(inputs)
	if (locale === "uk") return uk_share_theme_auto(inputs)
	if (locale === "ru") return ru_share_theme_auto(inputs)
	if (locale === "ar") return ar_share_theme_auto(inputs)
	return en_share_theme_auto(inputs)
});