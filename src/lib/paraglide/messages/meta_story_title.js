/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ story: NonNullable<unknown> }} Meta_Story_TitleInputs */

const en_meta_story_title = /** @type {(inputs: Meta_Story_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — News map`)
};

const fr_meta_story_title = /** @type {(inputs: Meta_Story_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — Carte de l’actualité`)
};

const de_meta_story_title = /** @type {(inputs: Meta_Story_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — Nachrichtenkarte`)
};

const uk_meta_story_title = /** @type {(inputs: Meta_Story_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — Мапа новин`)
};

const ru_meta_story_title = /** @type {(inputs: Meta_Story_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — Карта новостей`)
};

const ar_meta_story_title = /** @type {(inputs: Meta_Story_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — خريطة الأخبار`)
};

/**
* | output |
* | --- |
* | "{story} — News map" |
*
* @param {Meta_Story_TitleInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const meta_story_title = /** @type {((inputs: Meta_Story_TitleInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Meta_Story_TitleInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_meta_story_title(inputs)
	if (locale === "de") return de_meta_story_title(inputs)
	if (locale === "uk") return uk_meta_story_title(inputs)
	if (locale === "ru") return ru_meta_story_title(inputs)
	if (locale === "ar") return ar_meta_story_title(inputs)
	return en_meta_story_title(inputs)
});