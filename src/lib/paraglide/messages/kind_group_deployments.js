/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Group_DeploymentsInputs */

const en_kind_group_deployments = /** @type {(inputs: Kind_Group_DeploymentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deployments`)
};

const fr_kind_group_deployments = /** @type {(inputs: Kind_Group_DeploymentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Déploiements`)
};

const de_kind_group_deployments = /** @type {(inputs: Kind_Group_DeploymentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Truppenverlegungen`)
};

const uk_kind_group_deployments = /** @type {(inputs: Kind_Group_DeploymentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Розгортання військ`)
};

const ru_kind_group_deployments = /** @type {(inputs: Kind_Group_DeploymentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Развёртывание войск`)
};

const ar_kind_group_deployments = /** @type {(inputs: Kind_Group_DeploymentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`نشر القوات`)
};

/**
* | output |
* | --- |
* | "Deployments" |
*
* @param {Kind_Group_DeploymentsInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_group_deployments = /** @type {((inputs?: Kind_Group_DeploymentsInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Group_DeploymentsInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_group_deployments(inputs)
	if (locale === "de") return de_kind_group_deployments(inputs)
	if (locale === "uk") return uk_kind_group_deployments(inputs)
	if (locale === "ru") return ru_kind_group_deployments(inputs)
	if (locale === "ar") return ar_kind_group_deployments(inputs)
	return en_kind_group_deployments(inputs)
});