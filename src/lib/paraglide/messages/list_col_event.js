/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Col_EventInputs */

const en_list_col_event = /** @type {(inputs: List_Col_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Event`)
};

const fr_list_col_event = /** @type {(inputs: List_Col_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Événement`)
};

const de_list_col_event = /** @type {(inputs: List_Col_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ereignis`)
};

const uk_list_col_event = /** @type {(inputs: List_Col_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подія`)
};

const ru_list_col_event = /** @type {(inputs: List_Col_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Событие`)
};

const ar_list_col_event = /** @type {(inputs: List_Col_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الحدث`)
};

/**
* | output |
* | --- |
* | "Event" |
*
* @param {List_Col_EventInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const list_col_event = /** @type {((inputs?: List_Col_EventInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Col_EventInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_list_col_event(inputs)
	if (locale === "de") return de_list_col_event(inputs)
	if (locale === "uk") return uk_list_col_event(inputs)
	if (locale === "ru") return ru_list_col_event(inputs)
	if (locale === "ar") return ar_list_col_event(inputs)
	return en_list_col_event(inputs)
});