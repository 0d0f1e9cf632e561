/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_Copy_LinkInputs */

const en_share_copy_link = /** @type {(inputs: Share_Copy_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy link`)
};

const fr_share_copy_link = /** @type {(inputs: Share_Copy_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copier le lien`)
};

const de_share_copy_link = /** @type {(inputs: Share_Copy_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link kopieren`)
};

const uk_share_copy_link = /** @type {(inputs: Share_Copy_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Копіювати посилання`)
};

const ru_share_copy_link = /** @type {(inputs: Share_Copy_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Копировать ссылку`)
};

const ar_share_copy_link = /** @type {(inputs: Share_Copy_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`نسخ الرابط`)
};

/**
* | output |
* | --- |
* | "Copy link" |
*
* @param {Share_Copy_LinkInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_copy_link = /** @type {((inputs?: Share_Copy_LinkInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Copy_LinkInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_copy_link(inputs)
	if (locale === "de") return de_share_copy_link(inputs)
	if (locale === "uk") return uk_share_copy_link(inputs)
	if (locale === "ru") return ru_share_copy_link(inputs)
	if (locale === "ar") return ar_share_copy_link(inputs)
	return en_share_copy_link(inputs)
});