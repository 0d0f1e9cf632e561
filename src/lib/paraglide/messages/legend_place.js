/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_PlaceInputs */

const en_legend_place = /** @type {(inputs: Legend_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Place named in the reports`)
};

const fr_legend_place = /** @type {(inputs: Legend_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lieu cité dans les articles`)
};

const de_legend_place = /** @type {(inputs: Legend_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In den Berichten genannter Ort`)
};

const uk_legend_place = /** @type {(inputs: Legend_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Місце, назване в матеріалах`)
};

const ru_legend_place = /** @type {(inputs: Legend_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Место, названное в материалах`)
};

const ar_legend_place = /** @type {(inputs: Legend_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مكان ورد في التقارير`)
};

/**
* | output |
* | --- |
* | "Place named in the reports" |
*
* @param {Legend_PlaceInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const legend_place = /** @type {((inputs?: Legend_PlaceInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_PlaceInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_legend_place(inputs)
	if (locale === "de") return de_legend_place(inputs)
	if (locale === "uk") return uk_legend_place(inputs)
	if (locale === "ru") return ru_legend_place(inputs)
	if (locale === "ar") return ar_legend_place(inputs)
	return en_legend_place(inputs)
});