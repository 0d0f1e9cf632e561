/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_Theme_LightInputs */

const en_share_theme_light = /** @type {(inputs: Share_Theme_LightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`light`)
};

const fr_share_theme_light = /** @type {(inputs: Share_Theme_LightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`clair`)
};

const de_share_theme_light = /** @type {(inputs: Share_Theme_LightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hell`)
};

const uk_share_theme_light = /** @type {(inputs: Share_Theme_LightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`світлі`)
};

const ru_share_theme_light = /** @type {(inputs: Share_Theme_LightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`светлые`)
};

const ar_share_theme_light = /** @type {(inputs: Share_Theme_LightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`فاتحة`)
};

/**
* | output |
* | --- |
* | "light" |
*
* @param {Share_Theme_LightInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_theme_light = /** @type {((inputs?: Share_Theme_LightInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Theme_LightInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_theme_light(inputs)
	if (locale === "de") return de_share_theme_light(inputs)
	if (locale === "uk") return uk_share_theme_light(inputs)
	if (locale === "ru") return ru_share_theme_light(inputs)
	if (locale === "ar") return ar_share_theme_light(inputs)
	return en_share_theme_light(inputs)
});