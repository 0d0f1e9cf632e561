/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Group_StrikesInputs */

const en_kind_group_strikes = /** @type {(inputs: Kind_Group_StrikesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Strikes`)
};

const fr_kind_group_strikes = /** @type {(inputs: Kind_Group_StrikesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frappes`)
};

const de_kind_group_strikes = /** @type {(inputs: Kind_Group_StrikesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angriffe`)
};

const uk_kind_group_strikes = /** @type {(inputs: Kind_Group_StrikesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Удари`)
};

const ru_kind_group_strikes = /** @type {(inputs: Kind_Group_StrikesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Удары`)
};

const ar_kind_group_strikes = /** @type {(inputs: Kind_Group_StrikesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ضربات`)
};

/**
* | output |
* | --- |
* | "Strikes" |
*
* @param {Kind_Group_StrikesInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_group_strikes = /** @type {((inputs?: Kind_Group_StrikesInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Group_StrikesInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_group_strikes(inputs)
	if (locale === "de") return de_kind_group_strikes(inputs)
	if (locale === "uk") return uk_kind_group_strikes(inputs)
	if (locale === "ru") return ru_kind_group_strikes(inputs)
	if (locale === "ar") return ar_kind_group_strikes(inputs)
	return en_kind_group_strikes(inputs)
});