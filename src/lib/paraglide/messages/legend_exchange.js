/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_ExchangeInputs */

const en_legend_exchange = /** @type {(inputs: Legend_ExchangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exchange of prisoners or bodies, with counts`)
};

const fr_legend_exchange = /** @type {(inputs: Legend_ExchangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Échange de prisonniers ou de corps, avec les nombres`)
};

const de_legend_exchange = /** @type {(inputs: Legend_ExchangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Austausch von Gefangenen oder Toten, mit Zahlen`)
};

const uk_legend_exchange = /** @type {(inputs: Legend_ExchangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обмін полоненими або тілами, з кількістю`)
};

const ru_legend_exchange = /** @type {(inputs: Legend_ExchangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обмен пленными или телами, с количеством`)
};

const ar_legend_exchange = /** @type {(inputs: Legend_ExchangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تبادل أسرى أو جثامين، مع الأعداد`)
};

/**
* | output |
* | --- |
* | "Exchange of prisoners or bodies, with counts" |
*
* @param {Legend_ExchangeInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const legend_exchange = /** @type {((inputs?: Legend_ExchangeInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_ExchangeInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_legend_exchange(inputs)
	if (locale === "de") return de_legend_exchange(inputs)
	if (locale === "uk") return uk_legend_exchange(inputs)
	if (locale === "ru") return ru_legend_exchange(inputs)
	if (locale === "ar") return ar_legend_exchange(inputs)
	return en_legend_exchange(inputs)
});