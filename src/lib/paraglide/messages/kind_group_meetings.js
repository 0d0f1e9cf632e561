/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Kind_Group_MeetingsInputs */

const en_kind_group_meetings = /** @type {(inputs: Kind_Group_MeetingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meetings`)
};

const fr_kind_group_meetings = /** @type {(inputs: Kind_Group_MeetingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rencontres`)
};

const de_kind_group_meetings = /** @type {(inputs: Kind_Group_MeetingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Treffen`)
};

const uk_kind_group_meetings = /** @type {(inputs: Kind_Group_MeetingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зустрічі`)
};

const ru_kind_group_meetings = /** @type {(inputs: Kind_Group_MeetingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Встречи`)
};

const ar_kind_group_meetings = /** @type {(inputs: Kind_Group_MeetingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الاجتماعات`)
};

/**
* | output |
* | --- |
* | "Meetings" |
*
* @param {Kind_Group_MeetingsInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const kind_group_meetings = /** @type {((inputs?: Kind_Group_MeetingsInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kind_Group_MeetingsInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_kind_group_meetings(inputs)
	if (locale === "de") return de_kind_group_meetings(inputs)
	if (locale === "uk") return uk_kind_group_meetings(inputs)
	if (locale === "ru") return ru_kind_group_meetings(inputs)
	if (locale === "ar") return ar_kind_group_meetings(inputs)
	return en_kind_group_meetings(inputs)
});