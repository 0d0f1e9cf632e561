/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_CallInputs */

const en_legend_call = /** @type {(inputs: Legend_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Call (nobody travels)`)
};

const fr_legend_call = /** @type {(inputs: Legend_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entretien téléphonique (personne ne se déplace)`)
};

const de_legend_call = /** @type {(inputs: Legend_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefonat (niemand reist)`)
};

const uk_legend_call = /** @type {(inputs: Legend_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Телефонна розмова (ніхто не їде)`)
};

const ru_legend_call = /** @type {(inputs: Legend_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Телефонный разговор (никто не едет)`)
};

const ar_legend_call = /** @type {(inputs: Legend_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اتصال هاتفي (دون سفر)`)
};

/**
* | output |
* | --- |
* | "Call (nobody travels)" |
*
* @param {Legend_CallInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const legend_call = /** @type {((inputs?: Legend_CallInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_CallInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_legend_call(inputs)
	if (locale === "de") return de_legend_call(inputs)
	if (locale === "uk") return uk_legend_call(inputs)
	if (locale === "ru") return ru_legend_call(inputs)
	if (locale === "ar") return ar_legend_call(inputs)
	return en_legend_call(inputs)
});