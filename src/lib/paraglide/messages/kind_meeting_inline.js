/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Meeting_InlineInputs */

const en_kind_meeting_inline = /** @type {(inputs: Kind_Meeting_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`meeting`)
};

const fr_kind_meeting_inline = /** @type {(inputs: Kind_Meeting_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rencontre`)
};

const de_kind_meeting_inline = /** @type {(inputs: Kind_Meeting_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Treffen`)
};

const uk_kind_meeting_inline = /** @type {(inputs: Kind_Meeting_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`зустріч`)
};

const ru_kind_meeting_inline = /** @type {(inputs: Kind_Meeting_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`встреча`)
};

const ar_kind_meeting_inline = /** @type {(inputs: Kind_Meeting_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اجتماع`)
};

/**
* | output |
* | --- |
* | "meeting" |
*
* @param {Kind_Meeting_InlineInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_meeting_inline = /** @type {((inputs?: Kind_Meeting_InlineInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Meeting_InlineInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_meeting_inline(inputs)
	if (locale === "de") return de_kind_meeting_inline(inputs)
	if (locale === "uk") return uk_kind_meeting_inline(inputs)
	if (locale === "ru") return ru_kind_meeting_inline(inputs)
	if (locale === "ar") return ar_kind_meeting_inline(inputs)
	return en_kind_meeting_inline(inputs)
});