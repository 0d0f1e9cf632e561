/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ filter: NonNullable<unknown> }} Toolbar_Remove_FilterInputs */

const en_toolbar_remove_filter = /** @type {(inputs: Toolbar_Remove_FilterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Remove filter: ${i?.filter}`)
};

const fr_toolbar_remove_filter = /** @type {(inputs: Toolbar_Remove_FilterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Retirer le filtre : ${i?.filter}`)
};

const de_toolbar_remove_filter = /** @type {(inputs: Toolbar_Remove_FilterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Filter entfernen: ${i?.filter}`)
};

const uk_toolbar_remove_filter = /** @type {(inputs: Toolbar_Remove_FilterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Прибрати фільтр: ${i?.filter}`)
};

const ru_toolbar_remove_filter = /** @type {(inputs: Toolbar_Remove_FilterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Убрать фильтр: ${i?.filter}`)
};

const ar_toolbar_remove_filter = /** @type {(inputs: Toolbar_Remove_FilterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`إزالة المرشِّح: ${i?.filter}`)
};

/**
* | output |
* | --- |
* | "Remove filter: {filter}" |
*
* @param {Toolbar_Remove_FilterInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const toolbar_remove_filter = /** @type {((inputs: Toolbar_Remove_FilterInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Toolbar_Remove_FilterInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_toolbar_remove_filter(inputs)
	if (locale === "de") return de_toolbar_remove_filter(inputs)
	if (locale === "uk") return uk_toolbar_remove_filter(inputs)
	if (locale === "ru") return ru_toolbar_remove_filter(inputs)
	if (locale === "ar") return ar_toolbar_remove_filter(inputs)
	return en_toolbar_remove_filter(inputs)
});