/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_Background_NoteInputs */

const en_event_background_note = /** @type {(inputs: Event_Background_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Background: the reports give no date.`)
};

const fr_event_background_note = /** @type {(inputs: Event_Background_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contexte : les articles ne donnent pas de date.`)
};

const de_event_background_note = /** @type {(inputs: Event_Background_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hintergrund: Die Berichte nennen kein Datum.`)
};

const uk_event_background_note = /** @type {(inputs: Event_Background_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тло: матеріали не називають дати.`)
};

const ru_event_background_note = /** @type {(inputs: Event_Background_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Фон: в материалах нет даты.`)
};

const ar_event_background_note = /** @type {(inputs: Event_Background_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خلفية: لا تذكر التقارير تاريخًا.`)
};

/**
* | output |
* | --- |
* | "Background: the reports give no date." |
*
* @param {Event_Background_NoteInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_background_note = /** @type {((inputs?: Event_Background_NoteInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_Background_NoteInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_background_note(inputs)
	if (locale === "de") return de_event_background_note(inputs)
	if (locale === "uk") return uk_event_background_note(inputs)
	if (locale === "ru") return ru_event_background_note(inputs)
	if (locale === "ar") return ar_event_background_note(inputs)
	return en_event_background_note(inputs)
});