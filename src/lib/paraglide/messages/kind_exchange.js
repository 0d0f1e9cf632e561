/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_ExchangeInputs */

const en_kind_exchange = /** @type {(inputs: Kind_ExchangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exchange`)
};

const fr_kind_exchange = /** @type {(inputs: Kind_ExchangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Échange de prisonniers`)
};

const de_kind_exchange = /** @type {(inputs: Kind_ExchangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gefangenenaustausch`)
};

const uk_kind_exchange = /** @type {(inputs: Kind_ExchangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обмін полоненими`)
};

const ru_kind_exchange = /** @type {(inputs: Kind_ExchangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обмен пленными`)
};

const ar_kind_exchange = /** @type {(inputs: Kind_ExchangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تبادل أسرى`)
};

/**
* | output |
* | --- |
* | "Exchange" |
*
* @param {Kind_ExchangeInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_exchange = /** @type {((inputs?: Kind_ExchangeInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_ExchangeInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_exchange(inputs)
	if (locale === "de") return de_kind_exchange(inputs)
	if (locale === "uk") return uk_kind_exchange(inputs)
	if (locale === "ru") return ru_kind_exchange(inputs)
	if (locale === "ar") return ar_kind_exchange(inputs)
	return en_kind_exchange(inputs)
});