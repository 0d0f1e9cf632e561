/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Time_OutsideInputs */

const en_time_outside = /** @type {(inputs: Time_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`outside the chosen dates`)
};

const fr_time_outside = /** @type {(inputs: Time_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hors des dates choisies`)
};

const de_time_outside = /** @type {(inputs: Time_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`außerhalb der gewählten Daten`)
};

const uk_time_outside = /** @type {(inputs: Time_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`поза вибраними датами`)
};

const ru_time_outside = /** @type {(inputs: Time_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`вне выбранных дат`)
};

const ar_time_outside = /** @type {(inputs: Time_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خارج التواريخ المختارة`)
};

/**
* | output |
* | --- |
* | "outside the chosen dates" |
*
* @param {Time_OutsideInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const time_outside = /** @type {((inputs?: Time_OutsideInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Time_OutsideInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_time_outside(inputs)
	if (locale === "de") return de_time_outside(inputs)
	if (locale === "uk") return uk_time_outside(inputs)
	if (locale === "ru") return ru_time_outside(inputs)
	if (locale === "ar") return ar_time_outside(inputs)
	return en_time_outside(inputs)
});