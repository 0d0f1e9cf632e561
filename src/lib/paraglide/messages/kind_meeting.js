/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_MeetingInputs */

const en_kind_meeting = /** @type {(inputs: Kind_MeetingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meeting`)
};

const fr_kind_meeting = /** @type {(inputs: Kind_MeetingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rencontre`)
};

const de_kind_meeting = /** @type {(inputs: Kind_MeetingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Treffen`)
};

const uk_kind_meeting = /** @type {(inputs: Kind_MeetingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зустріч`)
};

const ru_kind_meeting = /** @type {(inputs: Kind_MeetingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Встреча`)
};

const ar_kind_meeting = /** @type {(inputs: Kind_MeetingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اجتماع`)
};

/**
* | output |
* | --- |
* | "Meeting" |
*
* @param {Kind_MeetingInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_meeting = /** @type {((inputs?: Kind_MeetingInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_MeetingInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_meeting(inputs)
	if (locale === "de") return de_kind_meeting(inputs)
	if (locale === "uk") return uk_kind_meeting(inputs)
	if (locale === "ru") return ru_kind_meeting(inputs)
	if (locale === "ar") return ar_kind_meeting(inputs)
	return en_kind_meeting(inputs)
});