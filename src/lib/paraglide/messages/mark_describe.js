/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown>, kind: NonNullable<unknown>, where: NonNullable<unknown>, sources: NonNullable<unknown> }} Mark_DescribeInputs */

const en_mark_describe = /** @type {(inputs: Mark_DescribeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} (${i?.kind} ${i?.where}; ${i?.sources})`)
};

const fr_mark_describe = /** @type {(inputs: Mark_DescribeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} (${i?.kind}, ${i?.where} ; ${i?.sources})`)
};

const de_mark_describe = /** @type {(inputs: Mark_DescribeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} (${i?.kind} ${i?.where}; ${i?.sources})`)
};

const uk_mark_describe = /** @type {(inputs: Mark_DescribeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} (${i?.kind}, ${i?.where}; ${i?.sources})`)
};

const ru_mark_describe = /** @type {(inputs: Mark_DescribeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} (${i?.kind}, ${i?.where}; ${i?.sources})`)
};

const ar_mark_describe = /** @type {(inputs: Mark_DescribeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} (${i?.kind} ${i?.where}؛ ${i?.sources})`)
};

/**
* | output |
* | --- |
* | "{title} ({kind} {where}; {sources})" |
*
* @param {Mark_DescribeInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const mark_describe = /** @type {((inputs: Mark_DescribeInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mark_DescribeInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_mark_describe(inputs)
	if (locale === "de") return de_mark_describe(inputs)
	if (locale === "uk") return uk_mark_describe(inputs)
	if (locale === "ru") return ru_mark_describe(inputs)
	if (locale === "ar") return ar_mark_describe(inputs)
	return en_mark_describe(inputs)
});