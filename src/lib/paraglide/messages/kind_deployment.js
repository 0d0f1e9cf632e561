/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_DeploymentInputs */

const en_kind_deployment = /** @type {(inputs: Kind_DeploymentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deployment`)
};

const fr_kind_deployment = /** @type {(inputs: Kind_DeploymentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Déploiement`)
};

const de_kind_deployment = /** @type {(inputs: Kind_DeploymentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Truppenverlegung`)
};

const uk_kind_deployment = /** @type {(inputs: Kind_DeploymentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Розгортання`)
};

const ru_kind_deployment = /** @type {(inputs: Kind_DeploymentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Развёртывание`)
};

const ar_kind_deployment = /** @type {(inputs: Kind_DeploymentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`نشر قوات`)
};

/**
* | output |
* | --- |
* | "Deployment" |
*
* @param {Kind_DeploymentInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_deployment = /** @type {((inputs?: Kind_DeploymentInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_DeploymentInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_deployment(inputs)
	if (locale === "de") return de_kind_deployment(inputs)
	if (locale === "uk") return uk_kind_deployment(inputs)
	if (locale === "ru") return ru_kind_deployment(inputs)
	if (locale === "ar") return ar_kind_deployment(inputs)
	return en_kind_deployment(inputs)
});