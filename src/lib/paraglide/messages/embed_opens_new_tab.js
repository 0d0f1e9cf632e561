/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Embed_Opens_New_TabInputs */

const en_embed_opens_new_tab = /** @type {(inputs: Embed_Opens_New_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(opens the full story in a new tab)`)
};

const fr_embed_opens_new_tab = /** @type {(inputs: Embed_Opens_New_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(ouvre le récit complet dans un nouvel onglet)`)
};

const de_embed_opens_new_tab = /** @type {(inputs: Embed_Opens_New_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(öffnet die ganze Geschichte in einem neuen Tab)`)
};

const uk_embed_opens_new_tab = /** @type {(inputs: Embed_Opens_New_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(відкриває повну історію в новій вкладці)`)
};

const ru_embed_opens_new_tab = /** @type {(inputs: Embed_Opens_New_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(открывает полную историю в новой вкладке)`)
};

const ar_embed_opens_new_tab = /** @type {(inputs: Embed_Opens_New_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(يفتح القصة كاملة في علامة تبويب جديدة)`)
};

/**
* | output |
* | --- |
* | "(opens the full story in a new tab)" |
*
* @param {Embed_Opens_New_TabInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const embed_opens_new_tab = /** @type {((inputs?: Embed_Opens_New_TabInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Opens_New_TabInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_embed_opens_new_tab(inputs)
	if (locale === "de") return de_embed_opens_new_tab(inputs)
	if (locale === "uk") return uk_embed_opens_new_tab(inputs)
	if (locale === "ru") return ru_embed_opens_new_tab(inputs)
	if (locale === "ar") return ar_embed_opens_new_tab(inputs)
	return en_embed_opens_new_tab(inputs)
});