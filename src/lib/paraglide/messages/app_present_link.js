/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_Present_LinkInputs */

const en_app_present_link = /** @type {(inputs: App_Present_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Present it in class, scene by scene`)
};

const fr_app_present_link = /** @type {(inputs: App_Present_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La présenter en classe, scène par scène`)
};

const de_app_present_link = /** @type {(inputs: App_Present_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Im Unterricht präsentieren, Szene für Szene`)
};

const uk_app_present_link = /** @type {(inputs: App_Present_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Представити на уроці, сцену за сценою`)
};

const ru_app_present_link = /** @type {(inputs: App_Present_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Представить на уроке, сцену за сценой`)
};

const ar_app_present_link = /** @type {(inputs: App_Present_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اعرضها في الصف، مشهدًا تلو الآخر`)
};

/**
* | output |
* | --- |
* | "Present it in class, scene by scene" |
*
* @param {App_Present_LinkInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const app_present_link = /** @type {((inputs?: App_Present_LinkInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Present_LinkInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_app_present_link(inputs)
	if (locale === "de") return de_app_present_link(inputs)
	if (locale === "uk") return uk_app_present_link(inputs)
	if (locale === "ru") return ru_app_present_link(inputs)
	if (locale === "ar") return ar_app_present_link(inputs)
	return en_app_present_link(inputs)
});