/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Present_Print_HandoutsInputs */

const en_present_print_handouts = /** @type {(inputs: Present_Print_HandoutsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Print handouts`)
};

const fr_present_print_handouts = /** @type {(inputs: Present_Print_HandoutsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Imprimer les fiches`)
};

const de_present_print_handouts = /** @type {(inputs: Present_Print_HandoutsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Handouts drucken`)
};

const uk_present_print_handouts = /** @type {(inputs: Present_Print_HandoutsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Надрукувати роздатковий матеріал`)
};

const ru_present_print_handouts = /** @type {(inputs: Present_Print_HandoutsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Распечатать раздаточный материал`)
};

const ar_present_print_handouts = /** @type {(inputs: Present_Print_HandoutsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`طباعة النشرات`)
};

/**
* | output |
* | --- |
* | "Print handouts" |
*
* @param {Present_Print_HandoutsInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_print_handouts = /** @type {((inputs?: Present_Print_HandoutsInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Print_HandoutsInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_print_handouts(inputs)
	if (locale === "de") return de_present_print_handouts(inputs)
	if (locale === "uk") return uk_present_print_handouts(inputs)
	if (locale === "ru") return ru_present_print_handouts(inputs)
	if (locale === "ar") return ar_present_print_handouts(inputs)
	return en_present_print_handouts(inputs)
});