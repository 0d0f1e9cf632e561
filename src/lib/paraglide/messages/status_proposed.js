/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_ProposedInputs */

const en_status_proposed = /** @type {(inputs: Status_ProposedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Proposed`)
};

const fr_status_proposed = /** @type {(inputs: Status_ProposedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Proposé`)
};

const de_status_proposed = /** @type {(inputs: Status_ProposedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vorgeschlagen`)
};

const uk_status_proposed = /** @type {(inputs: Status_ProposedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Запропоновано`)
};

const ru_status_proposed = /** @type {(inputs: Status_ProposedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Предложено`)
};

const ar_status_proposed = /** @type {(inputs: Status_ProposedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مقترَح`)
};

/**
* | output |
* | --- |
* | "Proposed" |
*
* @param {Status_ProposedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const status_proposed = /** @type {((inputs?: Status_ProposedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_ProposedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_status_proposed(inputs)
	if (locale === "de") return de_status_proposed(inputs)
	if (locale === "uk") return uk_status_proposed(inputs)
	if (locale === "ru") return ru_status_proposed(inputs)
	if (locale === "ar") return ar_status_proposed(inputs)
	return en_status_proposed(inputs)
});