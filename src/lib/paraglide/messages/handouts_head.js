/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ story: NonNullable<unknown>, number: NonNullable<unknown>, count: NonNullable<unknown> }} Handouts_HeadInputs */

const en_handouts_head = /** @type {(inputs: Handouts_HeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — scene ${i?.number} of ${i?.count}`)
};

const fr_handouts_head = /** @type {(inputs: Handouts_HeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — scène ${i?.number} sur ${i?.count}`)
};

const de_handouts_head = /** @type {(inputs: Handouts_HeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — Szene ${i?.number} von ${i?.count}`)
};

const uk_handouts_head = /** @type {(inputs: Handouts_HeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — сцена ${i?.number} з ${i?.count}`)
};

const ru_handouts_head = /** @type {(inputs: Handouts_HeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — сцена ${i?.number} из ${i?.count}`)
};

const ar_handouts_head = /** @type {(inputs: Handouts_HeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.story} — المشهد ${i?.number} من ${i?.count}`)
};

/**
* | output |
* | --- |
* | "{story} — scene {number} of {count}" |
*
* @param {Handouts_HeadInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const handouts_head = /** @type {((inputs: Handouts_HeadInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Handouts_HeadInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_handouts_head(inputs)
	if (locale === "de") return de_handouts_head(inputs)
	if (locale === "uk") return uk_handouts_head(inputs)
	if (locale === "ru") return ru_handouts_head(inputs)
	if (locale === "ar") return ar_handouts_head(inputs)
	return en_handouts_head(inputs)
});