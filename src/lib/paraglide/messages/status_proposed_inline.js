/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_Proposed_InlineInputs */

const en_status_proposed_inline = /** @type {(inputs: Status_Proposed_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`proposed`)
};

const fr_status_proposed_inline = /** @type {(inputs: Status_Proposed_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`proposé`)
};

const de_status_proposed_inline = /** @type {(inputs: Status_Proposed_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vorgeschlagen`)
};

const uk_status_proposed_inline = /** @type {(inputs: Status_Proposed_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`запропоновано`)
};

const ru_status_proposed_inline = /** @type {(inputs: Status_Proposed_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`предложено`)
};

const ar_status_proposed_inline = /** @type {(inputs: Status_Proposed_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مقترَح`)
};

/**
* | output |
* | --- |
* | "proposed" |
*
* @param {Status_Proposed_InlineInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const status_proposed_inline = /** @type {((inputs?: Status_Proposed_InlineInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_Proposed_InlineInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_status_proposed_inline(inputs)
	if (locale === "de") return de_status_proposed_inline(inputs)
	if (locale === "uk") return uk_status_proposed_inline(inputs)
	if (locale === "ru") return ru_status_proposed_inline(inputs)
	if (locale === "ar") return ar_status_proposed_inline(inputs)
	return en_status_proposed_inline(inputs)
});