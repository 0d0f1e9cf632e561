/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ number: NonNullable<unknown>, count: NonNullable<unknown>, title: NonNullable<unknown>, narrative: NonNullable<unknown> }} Present_AnnouncementInputs */

const en_present_announcement = /** @type {(inputs: Present_AnnouncementInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Scene ${i?.number} of ${i?.count}: ${i?.title}. ${i?.narrative}`)
};

const fr_present_announcement = /** @type {(inputs: Present_AnnouncementInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Scène ${i?.number} sur ${i?.count} : ${i?.title}. ${i?.narrative}`)
};

const de_present_announcement = /** @type {(inputs: Present_AnnouncementInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Szene ${i?.number} von ${i?.count}: ${i?.title}. ${i?.narrative}`)
};

const uk_present_announcement = /** @type {(inputs: Present_AnnouncementInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Сцена ${i?.number} з ${i?.count}: ${i?.title}. ${i?.narrative}`)
};

const ru_present_announcement = /** @type {(inputs: Present_AnnouncementInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Сцена ${i?.number} из ${i?.count}: ${i?.title}. ${i?.narrative}`)
};

const ar_present_announcement = /** @type {(inputs: Present_AnnouncementInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`المشهد ${i?.number} من ${i?.count}: ${i?.title}. ${i?.narrative}`)
};

/**
* | output |
* | --- |
* | "Scene {number} of {count}: {title}. {narrative}" |
*
* @param {Present_AnnouncementInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_announcement = /** @type {((inputs: Present_AnnouncementInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_AnnouncementInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_present_announcement(inputs)
	if (locale === "de") return de_present_announcement(inputs)
	if (locale === "uk") return uk_present_announcement(inputs)
	if (locale === "ru") return ru_present_announcement(inputs)
	if (locale === "ar") return ar_present_announcement(inputs)
	return en_present_announcement(inputs)
});