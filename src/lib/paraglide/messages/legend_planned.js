/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_PlannedInputs */

const en_legend_planned = /** @type {(inputs: Legend_PlannedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Planned, proposed or postponed`)
};

const fr_legend_planned = /** @type {(inputs: Legend_PlannedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prévu, proposé ou reporté`)
};

const de_legend_planned = /** @type {(inputs: Legend_PlannedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geplant, vorgeschlagen oder verschoben`)
};

const uk_legend_planned = /** @type {(inputs: Legend_PlannedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заплановано, запропоновано або відкладено`)
};

const ru_legend_planned = /** @type {(inputs: Legend_PlannedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Запланировано, предложено или отложено`)
};

const ar_legend_planned = /** @type {(inputs: Legend_PlannedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مخطَّط له أو مقترَح أو مؤجَّل`)
};

/**
* | output |
* | --- |
* | "Planned, proposed or postponed" |
*
* @param {Legend_PlannedInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const legend_planned = /** @type {((inputs?: Legend_PlannedInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_PlannedInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_legend_planned(inputs)
	if (locale === "de") return de_legend_planned(inputs)
	if (locale === "uk") return uk_legend_planned(inputs)
	if (locale === "ru") return ru_legend_planned(inputs)
	if (locale === "ar") return ar_legend_planned(inputs)
	return en_legend_planned(inputs)
});