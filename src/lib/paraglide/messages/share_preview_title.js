/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, title: NonNullable<unknown> }} Share_Preview_TitleInputs */

const en_share_preview_title = /** @type {(inputs: Share_Preview_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} preview: ${i?.title}`)
};

const fr_share_preview_title = /** @type {(inputs: Share_Preview_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aperçu (${i?.device}) : ${i?.title}`)
};

const de_share_preview_title = /** @type {(inputs: Share_Preview_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Vorschau (${i?.device}): ${i?.title}`)
};

const uk_share_preview_title = /** @type {(inputs: Share_Preview_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Попередній перегляд (${i?.device}): ${i?.title}`)
};

const ru_share_preview_title = /** @type {(inputs: Share_Preview_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Предпросмотр (${i?.device}): ${i?.title}`)
};

const ar_share_preview_title = /** @type {(inputs: Share_Preview_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`معاينة (${i?.device}): ${i?.title}`)
};

/**
* | output |
* | --- |
* | "{device} preview: {title}" |
*
* @param {Share_Preview_TitleInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_preview_title = /** @type {((inputs: Share_Preview_TitleInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Preview_TitleInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_preview_title(inputs)
	if (locale === "de") return de_share_preview_title(inputs)
	if (locale === "uk") return uk_share_preview_title(inputs)
	if (locale === "ru") return ru_share_preview_title(inputs)
	if (locale === "ar") return ar_share_preview_title(inputs)
	return en_share_preview_title(inputs)
});