/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_Theme_DarkInputs */

const en_share_theme_dark = /** @type {(inputs: Share_Theme_DarkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dark`)
};

const fr_share_theme_dark = /** @type {(inputs: Share_Theme_DarkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sombre`)
};

const de_share_theme_dark = /** @type {(inputs: Share_Theme_DarkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dunkel`)
};

const uk_share_theme_dark = /** @type {(inputs: Share_Theme_DarkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`темні`)
};

const ru_share_theme_dark = /** @type {(inputs: Share_Theme_DarkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`тёмные`)
};

const ar_share_theme_dark = /** @type {(inputs: Share_Theme_DarkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`داكنة`)
};

/**
* | output |
* | --- |
* | "dark" |
*
* @param {Share_Theme_DarkInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_theme_dark = /** @type {((inputs?: Share_Theme_DarkInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Theme_DarkInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_theme_dark(inputs)
	if (locale === "de") return de_share_theme_dark(inputs)
	if (locale === "uk") return uk_share_theme_dark(inputs)
	if (locale === "ru") return ru_share_theme_dark(inputs)
	if (locale === "ar") return ar_share_theme_dark(inputs)
	return en_share_theme_dark(inputs)
});