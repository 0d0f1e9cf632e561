/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ number: NonNullable<unknown>, count: NonNullable<unknown> }} Present_Scene_OfInputs */

const en_present_scene_of = /** @type {(inputs: Present_Scene_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Scene ${i?.number} of ${i?.count}`)
};

const fr_present_scene_of = /** @type {(inputs: Present_Scene_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Scène ${i?.number} sur ${i?.count}`)
};

const de_present_scene_of = /** @type {(inputs: Present_Scene_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Szene ${i?.number} von ${i?.count}`)
};

const uk_present_scene_of = /** @type {(inputs: Present_Scene_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Сцена ${i?.number} з ${i?.count}`)
};

const ru_present_scene_of = /** @type {(inputs: Present_Scene_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Сцена ${i?.number} из ${i?.count}`)
};

const ar_present_scene_of = /** @type {(inputs: Present_Scene_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`المشهد ${i?.number} من ${i?.count}`)
};

/**
* | output |
* | --- |
* | "Scene {number} of {count}" |
*
* @param {Present_Scene_OfInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_scene_of = /** @type {((inputs: Present_Scene_OfInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Scene_OfInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_scene_of(inputs)
	if (locale === "de") return de_present_scene_of(inputs)
	if (locale === "uk") return uk_present_scene_of(inputs)
	if (locale === "ru") return ru_present_scene_of(inputs)
	if (locale === "ar") return ar_present_scene_of(inputs)
	return en_present_scene_of(inputs)
});