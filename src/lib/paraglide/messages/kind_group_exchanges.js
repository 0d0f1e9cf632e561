/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Group_ExchangesInputs */

const en_kind_group_exchanges = /** @type {(inputs: Kind_Group_ExchangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exchanges of prisoners`)
};

const fr_kind_group_exchanges = /** @type {(inputs: Kind_Group_ExchangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Échanges de prisonniers`)
};

const de_kind_group_exchanges = /** @type {(inputs: Kind_Group_ExchangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gefangenenaustausche`)
};

const uk_kind_group_exchanges = /** @type {(inputs: Kind_Group_ExchangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обміни полоненими`)
};

const ru_kind_group_exchanges = /** @type {(inputs: Kind_Group_ExchangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обмены пленными`)
};

const ar_kind_group_exchanges = /** @type {(inputs: Kind_Group_ExchangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تبادل الأسرى`)
};

/**
* | output |
* | --- |
* | "Exchanges of prisoners" |
*
* @param {Kind_Group_ExchangesInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_group_exchanges = /** @type {((inputs?: Kind_Group_ExchangesInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Group_ExchangesInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_group_exchanges(inputs)
	if (locale === "de") return de_kind_group_exchanges(inputs)
	if (locale === "uk") return uk_kind_group_exchanges(inputs)
	if (locale === "ru") return ru_kind_group_exchanges(inputs)
	if (locale === "ar") return ar_kind_group_exchanges(inputs)
	return en_kind_group_exchanges(inputs)
});