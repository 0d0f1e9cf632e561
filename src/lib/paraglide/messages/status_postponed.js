/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_PostponedInputs */

const en_status_postponed = /** @type {(inputs: Status_PostponedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Postponed`)
};

const fr_status_postponed = /** @type {(inputs: Status_PostponedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reporté`)
};

const de_status_postponed = /** @type {(inputs: Status_PostponedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verschoben`)
};

const uk_status_postponed = /** @type {(inputs: Status_PostponedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Відкладено`)
};

const ru_status_postponed = /** @type {(inputs: Status_PostponedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отложено`)
};

const ar_status_postponed = /** @type {(inputs: Status_PostponedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مؤجَّل`)
};

/**
* | output |
* | --- |
* | "Postponed" |
*
* @param {Status_PostponedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const status_postponed = /** @type {((inputs?: Status_PostponedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_PostponedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_status_postponed(inputs)
	if (locale === "de") return de_status_postponed(inputs)
	if (locale === "uk") return uk_status_postponed(inputs)
	if (locale === "ru") return ru_status_postponed(inputs)
	if (locale === "ar") return ar_status_postponed(inputs)
	return en_status_postponed(inputs)
});