/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_DeploymentInputs */

const en_legend_deployment = /** @type {(inputs: Legend_DeploymentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Troop deployment, with stated count`)
};

const fr_legend_deployment = /** @type {(inputs: Legend_DeploymentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Déploiement de troupes, avec effectif annoncé`)
};

const de_legend_deployment = /** @type {(inputs: Legend_DeploymentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Truppenverlegung, mit genannter Stärke`)
};

const uk_legend_deployment = /** @type {(inputs: Legend_DeploymentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Розгортання військ, із заявленою чисельністю`)
};

const ru_legend_deployment = /** @type {(inputs: Legend_DeploymentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Развёртывание войск, с заявленной численностью`)
};

const ar_legend_deployment = /** @type {(inputs: Legend_DeploymentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`نشر قوات، مع العدد المعلَن`)
};

/**
* | output |
* | --- |
* | "Troop deployment, with stated count" |
*
* @param {Legend_DeploymentInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const legend_deployment = /** @type {((inputs?: Legend_DeploymentInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_DeploymentInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_legend_deployment(inputs)
	if (locale === "de") return de_legend_deployment(inputs)
	if (locale === "uk") return uk_legend_deployment(inputs)
	if (locale === "ru") return ru_legend_deployment(inputs)
	if (locale === "ar") return ar_legend_deployment(inputs)
	return en_legend_deployment(inputs)
});