/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_Planned_InlineInputs */

const en_status_planned_inline = /** @type {(inputs: Status_Planned_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`planned`)
};

const fr_status_planned_inline = /** @type {(inputs: Status_Planned_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`prévu`)
};

const de_status_planned_inline = /** @type {(inputs: Status_Planned_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`geplant`)
};

const uk_status_planned_inline = /** @type {(inputs: Status_Planned_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`заплановано`)
};

const ru_status_planned_inline = /** @type {(inputs: Status_Planned_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`запланировано`)
};

const ar_status_planned_inline = /** @type {(inputs: Status_Planned_InlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مخطَّط له`)
};

/**
* | output |
* | --- |
* | "planned" |
*
* @param {Status_Planned_InlineInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const status_planned_inline = /** @type {((inputs?: Status_Planned_InlineInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_Planned_InlineInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_status_planned_inline(inputs)
	if (locale === "de") return de_status_planned_inline(inputs)
	if (locale === "uk") return uk_status_planned_inline(inputs)
	if (locale === "ru") return ru_status_planned_inline(inputs)
	if (locale === "ar") return ar_status_planned_inline(inputs)
	return en_status_planned_inline(inputs)
});