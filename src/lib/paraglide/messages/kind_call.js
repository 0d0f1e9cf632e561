/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_CallInputs */

const en_kind_call = /** @type {(inputs: Kind_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Call`)
};

const fr_kind_call = /** @type {(inputs: Kind_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entretien téléphonique`)
};

const de_kind_call = /** @type {(inputs: Kind_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefonat`)
};

const uk_kind_call = /** @type {(inputs: Kind_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Телефонна розмова`)
};

const ru_kind_call = /** @type {(inputs: Kind_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Телефонный разговор`)
};

const ar_kind_call = /** @type {(inputs: Kind_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اتصال هاتفي`)
};

/**
* | output |
* | --- |
* | "Call" |
*
* @param {Kind_CallInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_call = /** @type {((inputs?: Kind_CallInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_CallInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_call(inputs)
	if (locale === "de") return de_kind_call(inputs)
	if (locale === "uk") return uk_kind_call(inputs)
	if (locale === "ru") return ru_kind_call(inputs)
	if (locale === "ar") return ar_kind_call(inputs)
	return en_kind_call(inputs)
});