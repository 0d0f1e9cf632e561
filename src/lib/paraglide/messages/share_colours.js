/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_ColoursInputs */

const en_share_colours = /** @type {(inputs: Share_ColoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Colours`)
};

const fr_share_colours = /** @type {(inputs: Share_ColoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Couleurs`)
};

const de_share_colours = /** @type {(inputs: Share_ColoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Farben`)
};

const uk_share_colours = /** @type {(inputs: Share_ColoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кольори`)
};

const ru_share_colours = /** @type {(inputs: Share_ColoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Цвета`)
};

const ar_share_colours = /** @type {(inputs: Share_ColoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الألوان`)
};

/**
* | output |
* | --- |
* | "Colours" |
*
* @param {Share_ColoursInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_colours = /** @type {((inputs?: Share_ColoursInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_ColoursInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_colours(inputs)
	if (locale === "de") return de_share_colours(inputs)
	if (locale === "uk") return uk_share_colours(inputs)
	if (locale === "ru") return ru_share_colours(inputs)
	if (locale === "ar") return ar_share_colours(inputs)
	return en_share_colours(inputs)
});