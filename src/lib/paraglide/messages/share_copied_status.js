/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_Copied_StatusInputs */

const en_share_copied_status = /** @type {(inputs: Share_Copied_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copied to the clipboard`)
};

const fr_share_copied_status = /** @type {(inputs: Share_Copied_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copié dans le presse-papiers`)
};

const de_share_copied_status = /** @type {(inputs: Share_Copied_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In die Zwischenablage kopiert`)
};

const uk_share_copied_status = /** @type {(inputs: Share_Copied_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Скопійовано в буфер обміну`)
};

const ru_share_copied_status = /** @type {(inputs: Share_Copied_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Скопировано в буфер обмена`)
};

const ar_share_copied_status = /** @type {(inputs: Share_Copied_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تم النسخ إلى الحافظة`)
};

/**
* | output |
* | --- |
* | "Copied to the clipboard" |
*
* @param {Share_Copied_StatusInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_copied_status = /** @type {((inputs?: Share_Copied_StatusInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Copied_StatusInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_copied_status(inputs)
	if (locale === "de") return de_share_copied_status(inputs)
	if (locale === "uk") return uk_share_copied_status(inputs)
	if (locale === "ru") return ru_share_copied_status(inputs)
	if (locale === "ar") return ar_share_copied_status(inputs)
	return en_share_copied_status(inputs)
});