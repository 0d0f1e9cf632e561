/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ story: NonNullable<unknown> }} Meta_Present_DescriptionInputs */

const en_meta_present_description = /** @type {(inputs: Meta_Present_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Present “${i?.story}” in class, scene by scene.`)
};

const fr_meta_present_description = /** @type {(inputs: Meta_Present_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Présentez « ${i?.story} » en classe, scène par scène.`)
};

const de_meta_present_description = /** @type {(inputs: Meta_Present_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`„${i?.story}“ im Unterricht präsentieren, Szene für Szene.`)
};

const uk_meta_present_description = /** @type {(inputs: Meta_Present_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Представте «${i?.story}» на уроці, сцену за сценою.`)
};

const ru_meta_present_description = /** @type {(inputs: Meta_Present_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Представьте «${i?.story}» на уроке, сцену за сценой.`)
};

const ar_meta_present_description = /** @type {(inputs: Meta_Present_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`اعرض «${i?.story}» في الصف، مشهدًا تلو الآخر.`)
};

/**
* | output |
* | --- |
* | "Present “{story}” in class, scene by scene." |
*
* @param {Meta_Present_DescriptionInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const meta_present_description = /** @type {((inputs: Meta_Present_DescriptionInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Meta_Present_DescriptionInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_meta_present_description(inputs)
	if (locale === "de") return de_meta_present_description(inputs)
	if (locale === "uk") return uk_meta_present_description(inputs)
	if (locale === "ru") return ru_meta_present_description(inputs)
	if (locale === "ar") return ar_meta_present_description(inputs)
	return en_meta_present_description(inputs)
});