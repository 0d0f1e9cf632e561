/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_All_ScenesInputs */

const en_presenter_all_scenes = /** @type {(inputs: Presenter_All_ScenesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All scenes`)
};

const fr_presenter_all_scenes = /** @type {(inputs: Presenter_All_ScenesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Toutes les scènes`)
};

const de_presenter_all_scenes = /** @type {(inputs: Presenter_All_ScenesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle Szenen`)
};

const uk_presenter_all_scenes = /** @type {(inputs: Presenter_All_ScenesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Усі сцени`)
};

const ru_presenter_all_scenes = /** @type {(inputs: Presenter_All_ScenesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Все сцены`)
};

const ar_presenter_all_scenes = /** @type {(inputs: Presenter_All_ScenesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`كل المشاهد`)
};

/**
* | output |
* | --- |
* | "All scenes" |
*
* @param {Presenter_All_ScenesInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const presenter_all_scenes = /** @type {((inputs?: Presenter_All_ScenesInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_All_ScenesInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_presenter_all_scenes(inputs)
	if (locale === "de") return de_presenter_all_scenes(inputs)
	if (locale === "uk") return uk_presenter_all_scenes(inputs)
	if (locale === "ru") return ru_presenter_all_scenes(inputs)
	if (locale === "ar") return ar_presenter_all_scenes(inputs)
	return en_presenter_all_scenes(inputs)
});