/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_LabelInputs */

const en_timeline_label = /** @type {(inputs: Timeline_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Timeline`)
};

const fr_timeline_label = /** @type {(inputs: Timeline_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frise chronologique`)
};

const de_timeline_label = /** @type {(inputs: Timeline_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zeitleiste`)
};

const uk_timeline_label = /** @type {(inputs: Timeline_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Часова шкала`)
};

const ru_timeline_label = /** @type {(inputs: Timeline_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Временная шкала`)
};

const ar_timeline_label = /** @type {(inputs: Timeline_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الخط الزمني`)
};

/**
* | output |
* | --- |
* | "Timeline" |
*
* @param {Timeline_LabelInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const timeline_label = /** @type {((inputs?: Timeline_LabelInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_LabelInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_timeline_label(inputs)
	if (locale === "de") return de_timeline_label(inputs)
	if (locale === "uk") return uk_timeline_label(inputs)
	if (locale === "ru") return ru_timeline_label(inputs)
	if (locale === "ar") return ar_timeline_label(inputs)
	return en_timeline_label(inputs)
});