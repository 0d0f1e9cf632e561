/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ shown: NonNullable<unknown>, total: NonNullable<unknown> }} Filters_SummaryInputs */

const en_filters_summary = /** @type {(inputs: Filters_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.shown} of ${i?.total} events shown`)
};

const fr_filters_summary = /** @type {(inputs: Filters_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Événements affichés : ${i?.shown} sur ${i?.total}`)
};

const de_filters_summary = /** @type {(inputs: Filters_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Angezeigte Ereignisse: ${i?.shown} von ${i?.total}`)
};

const uk_filters_summary = /** @type {(inputs: Filters_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Показано подій: ${i?.shown} з ${i?.total}`)
};

const ru_filters_summary = /** @type {(inputs: Filters_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Показано событий: ${i?.shown} из ${i?.total}`)
};

const ar_filters_summary = /** @type {(inputs: Filters_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`الأحداث المعروضة: ${i?.shown} من ${i?.total}`)
};

/**
* | output |
* | --- |
* | "{shown} of {total} events shown" |
*
* @param {Filters_SummaryInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const filters_summary = /** @type {((inputs: Filters_SummaryInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_SummaryInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_filters_summary(inputs)
	if (locale === "de") return de_filters_summary(inputs)
	if (locale === "uk") return uk_filters_summary(inputs)
	if (locale === "ru") return ru_filters_summary(inputs)
	if (locale === "ar") return ar_filters_summary(inputs)
	return en_filters_summary(inputs)
});