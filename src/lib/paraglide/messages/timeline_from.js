/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_FromInputs */

const en_timeline_from = /** @type {(inputs: Timeline_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`From`)
};

const fr_timeline_from = /** @type {(inputs: Timeline_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Début`)
};

const de_timeline_from = /** @type {(inputs: Timeline_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Von`)
};

const uk_timeline_from = /** @type {(inputs: Timeline_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Від`)
};

const ru_timeline_from = /** @type {(inputs: Timeline_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`От`)
};

const ar_timeline_from = /** @type {(inputs: Timeline_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`من`)
};

/**
* | output |
* | --- |
* | "From" |
*
* @param {Timeline_FromInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const timeline_from = /** @type {((inputs?: Timeline_FromInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_FromInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_timeline_from(inputs)
	if (locale === "de") return de_timeline_from(inputs)
	if (locale === "uk") return uk_timeline_from(inputs)
	if (locale === "ru") return ru_timeline_from(inputs)
	if (locale === "ar") return ar_timeline_from(inputs)
	return en_timeline_from(inputs)
});