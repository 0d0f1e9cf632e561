/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Map_Outlines_MissingInputs */

const en_map_outlines_missing = /** @type {(inputs: Map_Outlines_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Country outlines are missing: ${i?.reason}. The events are still shown.`)
};

const fr_map_outlines_missing = /** @type {(inputs: Map_Outlines_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Les contours des pays manquent : ${i?.reason}. Les événements restent affichés.`)
};

const de_map_outlines_missing = /** @type {(inputs: Map_Outlines_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Ländergrenzen fehlen: ${i?.reason}. Die Ereignisse werden trotzdem gezeigt.`)
};

const uk_map_outlines_missing = /** @type {(inputs: Map_Outlines_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Бракує контурів країн: ${i?.reason}. Події все одно показано.`)
};

const ru_map_outlines_missing = /** @type {(inputs: Map_Outlines_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Нет контуров стран: ${i?.reason}. События всё равно показаны.`)
};

const ar_map_outlines_missing = /** @type {(inputs: Map_Outlines_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`حدود الدول غير متوفرة: ${i?.reason}. ولا تزال الأحداث معروضة.`)
};

/**
* | output |
* | --- |
* | "Country outlines are missing: {reason}. The events are still shown." |
*
* @param {Map_Outlines_MissingInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const map_outlines_missing = /** @type {((inputs: Map_Outlines_MissingInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Outlines_MissingInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_map_outlines_missing(inputs)
	if (locale === "de") return de_map_outlines_missing(inputs)
	if (locale === "uk") return uk_map_outlines_missing(inputs)
	if (locale === "ru") return ru_map_outlines_missing(inputs)
	if (locale === "ar") return ar_map_outlines_missing(inputs)
	return en_map_outlines_missing(inputs)
});