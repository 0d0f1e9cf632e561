/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Col_StatusInputs */

const en_list_col_status = /** @type {(inputs: List_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

const fr_list_col_status = /** @type {(inputs: List_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Statut`)
};

const de_list_col_status = /** @type {(inputs: List_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

const uk_list_col_status = /** @type {(inputs: List_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Статус`)
};

const ru_list_col_status = /** @type {(inputs: List_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Статус`)
};

const ar_list_col_status = /** @type {(inputs: List_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الحالة`)
};

/**
* | output |
* | --- |
* | "Status" |
*
* @param {List_Col_StatusInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const list_col_status = /** @type {((inputs?: List_Col_StatusInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Col_StatusInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_list_col_status(inputs)
	if (locale === "de") return de_list_col_status(inputs)
	if (locale === "uk") return uk_list_col_status(inputs)
	if (locale === "ru") return ru_list_col_status(inputs)
	if (locale === "ar") return ar_list_col_status(inputs)
	return en_list_col_status(inputs)
});