/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ id: NonNullable<unknown> }} App_Not_FoundInputs */

const en_app_not_found = /** @type {(inputs: App_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nothing in this story is called “${i?.id}”.`)
};

const fr_app_not_found = /** @type {(inputs: App_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rien dans ce récit ne s’appelle « ${i?.id} ».`)
};

const de_app_not_found = /** @type {(inputs: App_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`In dieser Geschichte heißt nichts „${i?.id}“.`)
};

const uk_app_not_found = /** @type {(inputs: App_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`У цій історії немає нічого з назвою «${i?.id}».`)
};

const ru_app_not_found = /** @type {(inputs: App_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`В этой истории нет ничего с названием «${i?.id}».`)
};

const ar_app_not_found = /** @type {(inputs: App_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`لا شيء في هذه القصة يحمل اسم «${i?.id}».`)
};

/**
* | output |
* | --- |
* | "Nothing in this story is called “{id}”." |
*
* @param {App_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const app_not_found = /** @type {((inputs: App_Not_FoundInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Not_FoundInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_app_not_found(inputs)
	if (locale === "de") return de_app_not_found(inputs)
	if (locale === "uk") return uk_app_not_found(inputs)
	if (locale === "ru") return ru_app_not_found(inputs)
	if (locale === "ar") return ar_app_not_found(inputs)
	return en_app_not_found(inputs)
});