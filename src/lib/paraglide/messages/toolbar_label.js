/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Toolbar_LabelInputs */

const en_toolbar_label = /** @type {(inputs: Toolbar_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Explore`)
};

const fr_toolbar_label = /** @type {(inputs: Toolbar_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Explorer`)
};

const de_toolbar_label = /** @type {(inputs: Toolbar_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erkunden`)
};

const uk_toolbar_label = /** @type {(inputs: Toolbar_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Огляд`)
};

const ru_toolbar_label = /** @type {(inputs: Toolbar_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обзор`)
};

const ar_toolbar_label = /** @type {(inputs: Toolbar_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`استكشاف`)
};

/**
* | output |
* | --- |
* | "Explore" |
*
* @param {Toolbar_LabelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const toolbar_label = /** @type {((inputs?: Toolbar_LabelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Toolbar_LabelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_toolbar_label(inputs)
	if (locale === "de") return de_toolbar_label(inputs)
	if (locale === "uk") return uk_toolbar_label(inputs)
	if (locale === "ru") return ru_toolbar_label(inputs)
	if (locale === "ar") return ar_toolbar_label(inputs)
	return en_toolbar_label(inputs)
});