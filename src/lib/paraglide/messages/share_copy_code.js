/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_Copy_CodeInputs */

const en_share_copy_code = /** @type {(inputs: Share_Copy_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy code`)
};

const fr_share_copy_code = /** @type {(inputs: Share_Copy_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copier le code`)
};

const de_share_copy_code = /** @type {(inputs: Share_Copy_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Code kopieren`)
};

const uk_share_copy_code = /** @type {(inputs: Share_Copy_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Копіювати код`)
};

const ru_share_copy_code = /** @type {(inputs: Share_Copy_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Копировать код`)
};

const ar_share_copy_code = /** @type {(inputs: Share_Copy_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`نسخ الرمز`)
};

/**
* | output |
* | --- |
* | "Copy code" |
*
* @param {Share_Copy_CodeInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_copy_code = /** @type {((inputs?: Share_Copy_CodeInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Copy_CodeInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_copy_code(inputs)
	if (locale === "de") return de_share_copy_code(inputs)
	if (locale === "uk") return uk_share_copy_code(inputs)
	if (locale === "ru") return ru_share_copy_code(inputs)
	if (locale === "ar") return ar_share_copy_code(inputs)
	return en_share_copy_code(inputs)
});