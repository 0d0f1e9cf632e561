/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Handout_BackgroundInputs */

const en_handout_background = /** @type {(inputs: Handout_BackgroundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(background)`)
};

const fr_handout_background = /** @type {(inputs: Handout_BackgroundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(contexte)`)
};

const de_handout_background = /** @type {(inputs: Handout_BackgroundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(Hintergrund)`)
};

const uk_handout_background = /** @type {(inputs: Handout_BackgroundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(тло)`)
};

const ru_handout_background = /** @type {(inputs: Handout_BackgroundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(фон)`)
};

const ar_handout_background = /** @type {(inputs: Handout_BackgroundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(خلفية)`)
};

/**
* | output |
* | --- |
* | "(background)" |
*
* @param {Handout_BackgroundInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const handout_background = /** @type {((inputs?: Handout_BackgroundInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Handout_BackgroundInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_handout_background(inputs)
	if (locale === "de") return de_handout_background(inputs)
	if (locale === "uk") return uk_handout_background(inputs)
	if (locale === "ru") return ru_handout_background(inputs)
	if (locale === "ar") return ar_handout_background(inputs)
	return en_handout_background(inputs)
});