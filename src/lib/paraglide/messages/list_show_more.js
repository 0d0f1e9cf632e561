/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ more: NonNullable<unknown>, rest: NonNullable<unknown> }} List_Show_MoreInputs */

const en_list_show_more = /** @type {(inputs: List_Show_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Show ${i?.more} more (${i?.rest} not shown)`)
};

const fr_list_show_more = /** @type {(inputs: List_Show_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Afficher ${i?.more} de plus (non affichés : ${i?.rest})`)
};

const de_list_show_more = /** @type {(inputs: List_Show_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.more} weitere anzeigen (${i?.rest} nicht angezeigt)`)
};

const uk_list_show_more = /** @type {(inputs: List_Show_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Показати ще ${i?.more} (не показано: ${i?.rest})`)
};

const ru_list_show_more = /** @type {(inputs: List_Show_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Показать ещё ${i?.more} (не показано: ${i?.rest})`)
};

const ar_list_show_more = /** @type {(inputs: List_Show_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`عرض ${i?.more} أخرى (غير معروض: ${i?.rest})`)
};

/**
* | output |
* | --- |
* | "Show {more} more ({rest} not shown)" |
*
* @param {List_Show_MoreInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const list_show_more = /** @type {((inputs: List_Show_MoreInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Show_MoreInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_list_show_more(inputs)
	if (locale === "de") return de_list_show_more(inputs)
	if (locale === "uk") return uk_list_show_more(inputs)
	if (locale === "ru") return ru_list_show_more(inputs)
	if (locale === "ar") return ar_list_show_more(inputs)
	return en_list_show_more(inputs)
});