/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Deployment_InlineInputs */

const en_kind_deployment_inline = /** @type {(inputs: Kind_Deployment_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`deployment`)
};

const fr_kind_deployment_inline = /** @type {(inputs: Kind_Deployment_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`déploiement`)
};

const de_kind_deployment_inline = /** @type {(inputs: Kind_Deployment_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Truppenverlegung`)
};

const uk_kind_deployment_inline = /** @type {(inputs: Kind_Deployment_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`розгортання`)
};

const ru_kind_deployment_inline = /** @type {(inputs: Kind_Deployment_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`развёртывание`)
};

const ar_kind_deployment_inline = /** @type {(inputs: Kind_Deployment_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`نشر قوات`)
};

/**
* | output |
* | --- |
* | "deployment" |
*
* @param {Kind_Deployment_InlineInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_deployment_inline = /** @type {((inputs?: Kind_Deployment_InlineInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Deployment_InlineInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_deployment_inline(inputs)
	if (locale === "de") return de_kind_deployment_inline(inputs)
	if (locale === "uk") return uk_kind_deployment_inline(inputs)
	if (locale === "ru") return ru_kind_deployment_inline(inputs)
	if (locale === "ar") return ar_kind_deployment_inline(inputs)
	return en_kind_deployment_inline(inputs)
});