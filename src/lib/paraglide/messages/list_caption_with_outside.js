/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ caption: NonNullable<unknown>, outside: NonNullable<unknown> }} List_Caption_With_OutsideInputs */

const en_list_caption_with_outside = /** @type {(inputs: List_Caption_With_OutsideInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caption}; ${i?.outside}`)
};

const fr_list_caption_with_outside = /** @type {(inputs: List_Caption_With_OutsideInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caption} ; ${i?.outside}`)
};

const de_list_caption_with_outside = /** @type {(inputs: List_Caption_With_OutsideInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caption}; ${i?.outside}`)
};

const uk_list_caption_with_outside = /** @type {(inputs: List_Caption_With_OutsideInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caption}; ${i?.outside}`)
};

const ru_list_caption_with_outside = /** @type {(inputs: List_Caption_With_OutsideInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caption}; ${i?.outside}`)
};

const ar_list_caption_with_outside = /** @type {(inputs: List_Caption_With_OutsideInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caption}؛ ${i?.outside}`)
};

/**
* | output |
* | --- |
* | "{caption}; {outside}" |
*
* @param {List_Caption_With_OutsideInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const list_caption_with_outside = /** @type {((inputs: List_Caption_With_OutsideInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Caption_With_OutsideInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_list_caption_with_outside(inputs)
	if (locale === "de") return de_list_caption_with_outside(inputs)
	if (locale === "uk") return uk_list_caption_with_outside(inputs)
	if (locale === "ru") return ru_list_caption_with_outside(inputs)
	if (locale === "ar") return ar_list_caption_with_outside(inputs)
	return en_list_caption_with_outside(inputs)
});