/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ events: NonNullable<unknown>, places: NonNullable<unknown>, reports: NonNullable<unknown> }} Home_Story_MetaInputs */

const en_home_story_meta = /** @type {(inputs: Home_Story_MetaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.events} at ${i?.places}, from ${i?.reports}`)
};

const fr_home_story_meta = /** @type {(inputs: Home_Story_MetaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.events} · ${i?.places} · ${i?.reports}`)
};

const de_home_story_meta = /** @type {(inputs: Home_Story_MetaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.events} · ${i?.places} · ${i?.reports}`)
};

const uk_home_story_meta = /** @type {(inputs: Home_Story_MetaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.events} · ${i?.places} · ${i?.reports}`)
};

const ru_home_story_meta = /** @type {(inputs: Home_Story_MetaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.events} · ${i?.places} · ${i?.reports}`)
};

const ar_home_story_meta = /** @type {(inputs: Home_Story_MetaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.events} · ${i?.places} · ${i?.reports}`)
};

/**
* | output |
* | --- |
* | "{events} at {places}, from {reports}" |
*
* @param {Home_Story_MetaInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const home_story_meta = /** @type {((inputs: Home_Story_MetaInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Story_MetaInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_home_story_meta(inputs)
	if (locale === "de") return de_home_story_meta(inputs)
	if (locale === "uk") return uk_home_story_meta(inputs)
	if (locale === "ru") return ru_home_story_meta(inputs)
	if (locale === "ar") return ar_home_story_meta(inputs)
	return en_home_story_meta(inputs)
});