/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ names: NonNullable<unknown> }} Handout_CommentatorsInputs */

const en_handout_commentators = /** @type {(inputs: Handout_CommentatorsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`commented or reported by ${i?.names}`)
};

const fr_handout_commentators = /** @type {(inputs: Handout_CommentatorsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`commenté ou rapporté par ${i?.names}`)
};

const de_handout_commentators = /** @type {(inputs: Handout_CommentatorsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`kommentiert oder berichtet von ${i?.names}`)
};

const uk_handout_commentators = /** @type {(inputs: Handout_CommentatorsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`коментували або повідомили: ${i?.names}`)
};

const ru_handout_commentators = /** @type {(inputs: Handout_CommentatorsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`комментировали или сообщили: ${i?.names}`)
};

const ar_handout_commentators = /** @type {(inputs: Handout_CommentatorsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`علّق عليه أو نقله: ${i?.names}`)
};

/**
* | output |
* | --- |
* | "commented or reported by {names}" |
*
* @param {Handout_CommentatorsInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const handout_commentators = /** @type {((inputs: Handout_CommentatorsInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Handout_CommentatorsInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_handout_commentators(inputs)
	if (locale === "de") return de_handout_commentators(inputs)
	if (locale === "uk") return uk_handout_commentators(inputs)
	if (locale === "ru") return ru_handout_commentators(inputs)
	if (locale === "ar") return ar_handout_commentators(inputs)
	return en_handout_commentators(inputs)
});