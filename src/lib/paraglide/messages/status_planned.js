/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_PlannedInputs */

const en_status_planned = /** @type {(inputs: Status_PlannedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Planned`)
};

const fr_status_planned = /** @type {(inputs: Status_PlannedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prévu`)
};

const de_status_planned = /** @type {(inputs: Status_PlannedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geplant`)
};

const uk_status_planned = /** @type {(inputs: Status_PlannedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заплановано`)
};

const ru_status_planned = /** @type {(inputs: Status_PlannedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Запланировано`)
};

const ar_status_planned = /** @type {(inputs: Status_PlannedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مخطَّط له`)
};

/**
* | output |
* | --- |
* | "Planned" |
*
* @param {Status_PlannedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const status_planned = /** @type {((inputs?: Status_PlannedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_PlannedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_status_planned(inputs)
	if (locale === "de") return de_status_planned(inputs)
	if (locale === "uk") return uk_status_planned(inputs)
	if (locale === "ru") return ru_status_planned(inputs)
	if (locale === "ar") return ar_status_planned(inputs)
	return en_status_planned(inputs)
});