/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, kind: NonNullable<unknown> }} App_Count_KindInputs */

const en_app_count_kind = /** @type {(inputs: App_Count_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} × ${i?.kind}`)
};

const fr_app_count_kind = /** @type {(inputs: App_Count_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} × ${i?.kind}`)
};

const de_app_count_kind = /** @type {(inputs: App_Count_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} × ${i?.kind}`)
};

const uk_app_count_kind = /** @type {(inputs: App_Count_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} × ${i?.kind}`)
};

const ru_app_count_kind = /** @type {(inputs: App_Count_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} × ${i?.kind}`)
};

const ar_app_count_kind = /** @type {(inputs: App_Count_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} × ${i?.kind}`)
};

/**
* | output |
* | --- |
* | "{count} × {kind}" |
*
* @param {App_Count_KindInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const app_count_kind = /** @type {((inputs: App_Count_KindInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Count_KindInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_app_count_kind(inputs)
	if (locale === "de") return de_app_count_kind(inputs)
	if (locale === "uk") return uk_app_count_kind(inputs)
	if (locale === "ru") return ru_app_count_kind(inputs)
	if (locale === "ar") return ar_app_count_kind(inputs)
	return en_app_count_kind(inputs)
});