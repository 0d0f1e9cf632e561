/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Col_WhereInputs */

const en_list_col_where = /** @type {(inputs: List_Col_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where`)
};

const fr_list_col_where = /** @type {(inputs: List_Col_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lieu`)
};

const de_list_col_where = /** @type {(inputs: List_Col_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wo`)
};

const uk_list_col_where = /** @type {(inputs: List_Col_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Де`)
};

const ru_list_col_where = /** @type {(inputs: List_Col_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Где`)
};

const ar_list_col_where = /** @type {(inputs: List_Col_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أين`)
};

/**
* | output |
* | --- |
* | "Where" |
*
* @param {List_Col_WhereInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const list_col_where = /** @type {((inputs?: List_Col_WhereInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Col_WhereInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_list_col_where(inputs)
	if (locale === "de") return de_list_col_where(inputs)
	if (locale === "uk") return uk_list_col_where(inputs)
	if (locale === "ru") return ru_list_col_where(inputs)
	if (locale === "ar") return ar_list_col_where(inputs)
	return en_list_col_where(inputs)
});