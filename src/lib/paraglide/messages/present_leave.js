/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Present_LeaveInputs */

const en_present_leave = /** @type {(inputs: Present_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave`)
};

const fr_present_leave = /** @type {(inputs: Present_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quitter`)
};

const de_present_leave = /** @type {(inputs: Present_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beenden`)
};

const uk_present_leave = /** @type {(inputs: Present_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вийти`)
};

const ru_present_leave = /** @type {(inputs: Present_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Выйти`)
};

const ar_present_leave = /** @type {(inputs: Present_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خروج`)
};

/**
* | output |
* | --- |
* | "Leave" |
*
* @param {Present_LeaveInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_leave = /** @type {((inputs?: Present_LeaveInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_LeaveInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_leave(inputs)
	if (locale === "de") return de_present_leave(inputs)
	if (locale === "uk") return uk_present_leave(inputs)
	if (locale === "ru") return ru_present_leave(inputs)
	if (locale === "ar") return ar_present_leave(inputs)
	return en_present_leave(inputs)
});