/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Group_CallsInputs */

const en_kind_group_calls = /** @type {(inputs: Kind_Group_CallsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Calls`)
};

const fr_kind_group_calls = /** @type {(inputs: Kind_Group_CallsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entretiens téléphoniques`)
};

const de_kind_group_calls = /** @type {(inputs: Kind_Group_CallsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefonate`)
};

const uk_kind_group_calls = /** @type {(inputs: Kind_Group_CallsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Телефонні розмови`)
};

const ru_kind_group_calls = /** @type {(inputs: Kind_Group_CallsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Телефонные разговоры`)
};

const ar_kind_group_calls = /** @type {(inputs: Kind_Group_CallsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الاتصالات الهاتفية`)
};

/**
* | output |
* | --- |
* | "Calls" |
*
* @param {Kind_Group_CallsInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_group_calls = /** @type {((inputs?: Kind_Group_CallsInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Group_CallsInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_group_calls(inputs)
	if (locale === "de") return de_kind_group_calls(inputs)
	if (locale === "uk") return uk_kind_group_calls(inputs)
	if (locale === "ru") return ru_kind_group_calls(inputs)
	if (locale === "ar") return ar_kind_group_calls(inputs)
	return en_kind_group_calls(inputs)
});