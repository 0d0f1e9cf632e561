/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ place: NonNullable<unknown>, story: NonNullable<unknown> }} Meta_Place_TitleInputs */

const en_meta_place_title = /** @type {(inputs: Meta_Place_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place} — ${i?.story}`)
};

const fr_meta_place_title = /** @type {(inputs: Meta_Place_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place} — ${i?.story}`)
};

const de_meta_place_title = /** @type {(inputs: Meta_Place_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place} — ${i?.story}`)
};

const uk_meta_place_title = /** @type {(inputs: Meta_Place_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place} — ${i?.story}`)
};

const ru_meta_place_title = /** @type {(inputs: Meta_Place_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place} — ${i?.story}`)
};

const ar_meta_place_title = /** @type {(inputs: Meta_Place_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place} — ${i?.story}`)
};

/**
* | output |
* | --- |
* | "{place} — {story}" |
*
* @param {Meta_Place_TitleInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const meta_place_title = /** @type {((inputs: Meta_Place_TitleInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Meta_Place_TitleInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_meta_place_title(inputs)
	if (locale === "de") return de_meta_place_title(inputs)
	if (locale === "uk") return uk_meta_place_title(inputs)
	if (locale === "ru") return ru_meta_place_title(inputs)
	if (locale === "ar") return ar_meta_place_title(inputs)
	return en_meta_place_title(inputs)
});