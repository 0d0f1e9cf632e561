/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Handout_TitleInputs */

const en_handout_title = /** @type {(inputs: Handout_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Events on this map (${i?.count})`)
};

const fr_handout_title = /** @type {(inputs: Handout_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Événements sur cette carte (${i?.count})`)
};

const de_handout_title = /** @type {(inputs: Handout_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ereignisse auf dieser Karte (${i?.count})`)
};

const uk_handout_title = /** @type {(inputs: Handout_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Події на цій мапі (${i?.count})`)
};

const ru_handout_title = /** @type {(inputs: Handout_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`События на этой карте (${i?.count})`)
};

const ar_handout_title = /** @type {(inputs: Handout_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`الأحداث على هذه الخريطة (${i?.count})`)
};

/**
* | output |
* | --- |
* | "Events on this map ({count})" |
*
* @param {Handout_TitleInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const handout_title = /** @type {((inputs: Handout_TitleInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Handout_TitleInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_handout_title(inputs)
	if (locale === "de") return de_handout_title(inputs)
	if (locale === "uk") return uk_handout_title(inputs)
	if (locale === "ru") return ru_handout_title(inputs)
	if (locale === "ar") return ar_handout_title(inputs)
	return en_handout_title(inputs)
});