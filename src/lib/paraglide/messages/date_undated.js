/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Date_UndatedInputs */

const en_date_undated = /** @type {(inputs: Date_UndatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Undated`)
};

const fr_date_undated = /** @type {(inputs: Date_UndatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Non daté`)
};

const de_date_undated = /** @type {(inputs: Date_UndatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ohne Datum`)
};

const uk_date_undated = /** @type {(inputs: Date_UndatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без дати`)
};

const ru_date_undated = /** @type {(inputs: Date_UndatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без даты`)
};

const ar_date_undated = /** @type {(inputs: Date_UndatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`غير مؤرَّخ`)
};

/**
* | output |
* | --- |
* | "Undated" |
*
* @param {Date_UndatedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const date_undated = /** @type {((inputs?: Date_UndatedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Date_UndatedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_date_undated(inputs)
	if (locale === "de") return de_date_undated(inputs)
	if (locale === "uk") return uk_date_undated(inputs)
	if (locale === "ru") return ru_date_undated(inputs)
	if (locale === "ar") return ar_date_undated(inputs)
	return en_date_undated(inputs)
});