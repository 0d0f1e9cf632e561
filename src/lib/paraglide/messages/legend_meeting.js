/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_MeetingInputs */

const en_legend_meeting = /** @type {(inputs: Legend_MeetingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meeting (size: participants)`)
};

const fr_legend_meeting = /** @type {(inputs: Legend_MeetingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rencontre (taille : participants)`)
};

const de_legend_meeting = /** @type {(inputs: Legend_MeetingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Treffen (Größe: Teilnehmende)`)
};

const uk_legend_meeting = /** @type {(inputs: Legend_MeetingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зустріч (розмір: учасники)`)
};

const ru_legend_meeting = /** @type {(inputs: Legend_MeetingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Встреча (размер: участники)`)
};

const ar_legend_meeting = /** @type {(inputs: Legend_MeetingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اجتماع (الحجم: عدد المشاركين)`)
};

/**
* | output |
* | --- |
* | "Meeting (size: participants)" |
*
* @param {Legend_MeetingInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const legend_meeting = /** @type {((inputs?: Legend_MeetingInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_MeetingInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_legend_meeting(inputs)
	if (locale === "de") return de_legend_meeting(inputs)
	if (locale === "uk") return uk_legend_meeting(inputs)
	if (locale === "ru") return ru_legend_meeting(inputs)
	if (locale === "ar") return ar_legend_meeting(inputs)
	return en_legend_meeting(inputs)
});