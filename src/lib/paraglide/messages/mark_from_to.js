/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Mark_From_ToInputs */

const en_mark_from_to = /** @type {(inputs: Mark_From_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`from ${i?.from} to ${i?.to}`)
};

const fr_mark_from_to = /** @type {(inputs: Mark_From_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`trajet : ${i?.from} → ${i?.to}`)
};

const de_mark_from_to = /** @type {(inputs: Mark_From_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`von ${i?.from} nach ${i?.to}`)
};

const uk_mark_from_to = /** @type {(inputs: Mark_From_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`маршрут: ${i?.from} → ${i?.to}`)
};

const ru_mark_from_to = /** @type {(inputs: Mark_From_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`маршрут: ${i?.from} → ${i?.to}`)
};

const ar_mark_from_to = /** @type {(inputs: Mark_From_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`من ${i?.from} إلى ${i?.to}`)
};

/**
* | output |
* | --- |
* | "from {from} to {to}" |
*
* @param {Mark_From_ToInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const mark_from_to = /** @type {((inputs: Mark_From_ToInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mark_From_ToInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_mark_from_to(inputs)
	if (locale === "de") return de_mark_from_to(inputs)
	if (locale === "uk") return uk_mark_from_to(inputs)
	if (locale === "ru") return ru_mark_from_to(inputs)
	if (locale === "ar") return ar_mark_from_to(inputs)
	return en_mark_from_to(inputs)
});