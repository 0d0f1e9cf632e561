/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_EmbedInputs */

const en_share_embed = /** @type {(inputs: Share_EmbedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Embed`)
};

const fr_share_embed = /** @type {(inputs: Share_EmbedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intégration`)
};

const de_share_embed = /** @type {(inputs: Share_EmbedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einbettung`)
};

const uk_share_embed = /** @type {(inputs: Share_EmbedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вбудовування`)
};

const ru_share_embed = /** @type {(inputs: Share_EmbedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Встраивание`)
};

const ar_share_embed = /** @type {(inputs: Share_EmbedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التضمين`)
};

/**
* | output |
* | --- |
* | "Embed" |
*
* @param {Share_EmbedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_embed = /** @type {((inputs?: Share_EmbedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_EmbedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_embed(inputs)
	if (locale === "de") return de_share_embed(inputs)
	if (locale === "uk") return uk_share_embed(inputs)
	if (locale === "ru") return ru_share_embed(inputs)
	if (locale === "ar") return ar_share_embed(inputs)
	return en_share_embed(inputs)
});