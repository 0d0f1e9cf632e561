/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Place_Filtered_OutInputs */

const en_place_filtered_out = /** @type {(inputs: Place_Filtered_OutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} more hidden by the filters.`)
};

const fr_place_filtered_out = /** @type {(inputs: Place_Filtered_OutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Masqués par les filtres : ${i?.count}.`)
};

const de_place_filtered_out = /** @type {(inputs: Place_Filtered_OutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Durch die Filter ausgeblendet: ${i?.count}.`)
};

const uk_place_filtered_out = /** @type {(inputs: Place_Filtered_OutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Приховано фільтрами: ${i?.count}.`)
};

const ru_place_filtered_out = /** @type {(inputs: Place_Filtered_OutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Скрыто фильтрами: ${i?.count}.`)
};

const ar_place_filtered_out = /** @type {(inputs: Place_Filtered_OutInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`مخفية بالمرشِّحات: ${i?.count}.`)
};

/**
* | output |
* | --- |
* | "{count} more hidden by the filters." |
*
* @param {Place_Filtered_OutInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const place_filtered_out = /** @type {((inputs: Place_Filtered_OutInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Filtered_OutInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_place_filtered_out(inputs)
	if (locale === "de") return de_place_filtered_out(inputs)
	if (locale === "uk") return uk_place_filtered_out(inputs)
	if (locale === "ru") return ru_place_filtered_out(inputs)
	if (locale === "ar") return ar_place_filtered_out(inputs)
	return en_place_filtered_out(inputs)
});