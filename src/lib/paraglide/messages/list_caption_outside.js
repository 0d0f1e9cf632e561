/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Caption_OutsideInputs */

const en_list_caption_outside = /** @type {(inputs: List_Caption_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`those outside the chosen dates are greyed`)
};

const fr_list_caption_outside = /** @type {(inputs: List_Caption_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ceux hors des dates choisies sont grisés`)
};

const de_list_caption_outside = /** @type {(inputs: List_Caption_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ereignisse außerhalb der gewählten Daten sind ausgegraut`)
};

const uk_list_caption_outside = /** @type {(inputs: List_Caption_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`події поза вибраними датами виділено сірим`)
};

const ru_list_caption_outside = /** @type {(inputs: List_Caption_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`события вне выбранных дат выделены серым`)
};

const ar_list_caption_outside = /** @type {(inputs: List_Caption_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الأحداث خارج التواريخ المختارة باللون الرمادي`)
};

/**
* | output |
* | --- |
* | "those outside the chosen dates are greyed" |
*
* @param {List_Caption_OutsideInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const list_caption_outside = /** @type {((inputs?: List_Caption_OutsideInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Caption_OutsideInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_list_caption_outside(inputs)
	if (locale === "de") return de_list_caption_outside(inputs)
	if (locale === "uk") return uk_list_caption_outside(inputs)
	if (locale === "ru") return ru_list_caption_outside(inputs)
	if (locale === "ar") return ar_list_caption_outside(inputs)
	return en_list_caption_outside(inputs)
});