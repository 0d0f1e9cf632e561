/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ story: NonNullable<unknown> }} Meta_Present_TitleInputs */

const en_meta_present_title = /** @type {(inputs: Meta_Present_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — presentation — News map`)
};

const fr_meta_present_title = /** @type {(inputs: Meta_Present_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — présentation — Carte de l’actualité`)
};

const de_meta_present_title = /** @type {(inputs: Meta_Present_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — Präsentation — Nachrichtenkarte`)
};

const uk_meta_present_title = /** @type {(inputs: Meta_Present_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — презентація — Мапа новин`)
};

const ru_meta_present_title = /** @type {(inputs: Meta_Present_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — презентация — Карта новостей`)
};

const ar_meta_present_title = /** @type {(inputs: Meta_Present_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — عرض تقديمي — خريطة الأخبار`)
};

/**
* | output |
* | --- |
* | "{story} — presentation — News map" |
*
* @param {Meta_Present_TitleInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const meta_present_title = /** @type {((inputs: Meta_Present_TitleInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Meta_Present_TitleInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_meta_present_title(inputs)
	if (locale === "de") return de_meta_present_title(inputs)
	if (locale === "uk") return uk_meta_present_title(inputs)
	if (locale === "ru") return ru_meta_present_title(inputs)
	if (locale === "ar") return ar_meta_present_title(inputs)
	return en_meta_present_title(inputs)
});