/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_NotesInputs */

const en_presenter_notes = /** @type {(inputs: Presenter_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notes`)
};

const fr_presenter_notes = /** @type {(inputs: Presenter_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notes`)
};

const de_presenter_notes = /** @type {(inputs: Presenter_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notizen`)
};

const uk_presenter_notes = /** @type {(inputs: Presenter_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нотатки`)
};

const ru_presenter_notes = /** @type {(inputs: Presenter_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заметки`)
};

const ar_presenter_notes = /** @type {(inputs: Presenter_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ملاحظات`)
};

/**
* | output |
* | --- |
* | "Notes" |
*
* @param {Presenter_NotesInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const presenter_notes = /** @type {((inputs?: Presenter_NotesInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_NotesInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_presenter_notes(inputs)
	if (locale === "de") return de_presenter_notes(inputs)
	if (locale === "uk") return uk_presenter_notes(inputs)
	if (locale === "ru") return ru_presenter_notes(inputs)
	if (locale === "ar") return ar_presenter_notes(inputs)
	return en_presenter_notes(inputs)
});