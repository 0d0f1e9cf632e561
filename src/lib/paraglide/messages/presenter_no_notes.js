/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_No_NotesInputs */

const en_presenter_no_notes = /** @type {(inputs: Presenter_No_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No notes for this scene.`)
};

const fr_presenter_no_notes = /** @type {(inputs: Presenter_No_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucune note pour cette scène.`)
};

const de_presenter_no_notes = /** @type {(inputs: Presenter_No_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine Notizen zu dieser Szene.`)
};

const uk_presenter_no_notes = /** @type {(inputs: Presenter_No_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нотаток до цієї сцени немає.`)
};

const ru_presenter_no_notes = /** @type {(inputs: Presenter_No_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заметок к этой сцене нет.`)
};

const ar_presenter_no_notes = /** @type {(inputs: Presenter_No_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا ملاحظات لهذا المشهد.`)
};

/**
* | output |
* | --- |
* | "No notes for this scene." |
*
* @param {Presenter_No_NotesInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const presenter_no_notes = /** @type {((inputs?: Presenter_No_NotesInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_No_NotesInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_presenter_no_notes(inputs)
	if (locale === "de") return de_presenter_no_notes(inputs)
	if (locale === "uk") return uk_presenter_no_notes(inputs)
	if (locale === "ru") return ru_presenter_no_notes(inputs)
	if (locale === "ar") return ar_presenter_no_notes(inputs)
	return en_presenter_no_notes(inputs)
});