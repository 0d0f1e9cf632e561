/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, width: NonNullable<unknown> }} Share_Preview_CaptionInputs */

const en_share_preview_caption = /** @type {(inputs: Share_Preview_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device}, ${i?.width} px`)
};

const fr_share_preview_caption = /** @type {(inputs: Share_Preview_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device}, ${i?.width} px`)
};

const de_share_preview_caption = /** @type {(inputs: Share_Preview_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device}, ${i?.width} px`)
};

const uk_share_preview_caption = /** @type {(inputs: Share_Preview_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device}, ${i?.width} пкс`)
};

const ru_share_preview_caption = /** @type {(inputs: Share_Preview_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device}, ${i?.width} пикс.`)
};

const ar_share_preview_caption = /** @type {(inputs: Share_Preview_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device}، ${i?.width} بكسل`)
};

/**
* | output |
* | --- |
* | "{device}, {width} px" |
*
* @param {Share_Preview_CaptionInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_preview_caption = /** @type {((inputs: Share_Preview_CaptionInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Preview_CaptionInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_preview_caption(inputs)
	if (locale === "de") return de_share_preview_caption(inputs)
	if (locale === "uk") return uk_share_preview_caption(inputs)
	if (locale === "ru") return ru_share_preview_caption(inputs)
	if (locale === "ar") return ar_share_preview_caption(inputs)
	return en_share_preview_caption(inputs)
});