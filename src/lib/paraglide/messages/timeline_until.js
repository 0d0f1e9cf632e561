/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_UntilInputs */

const en_timeline_until = /** @type {(inputs: Timeline_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Until`)
};

const fr_timeline_until = /** @type {(inputs: Timeline_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fin`)
};

const de_timeline_until = /** @type {(inputs: Timeline_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bis`)
};

const uk_timeline_until = /** @type {(inputs: Timeline_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`До`)
};

const ru_timeline_until = /** @type {(inputs: Timeline_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`До`)
};

const ar_timeline_until = /** @type {(inputs: Timeline_UntilInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`حتى`)
};

/**
* | output |
* | --- |
* | "Until" |
*
* @param {Timeline_UntilInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const timeline_until = /** @type {((inputs?: Timeline_UntilInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_UntilInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_timeline_until(inputs)
	if (locale === "de") return de_timeline_until(inputs)
	if (locale === "uk") return uk_timeline_until(inputs)
	if (locale === "ru") return ru_timeline_until(inputs)
	if (locale === "ar") return ar_timeline_until(inputs)
	return en_timeline_until(inputs)
});