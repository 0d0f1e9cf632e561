/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_Background_Note_WindowInputs */

const en_event_background_note_window = /** @type {(inputs: Event_Background_Note_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Background: the reports give no date, so it is shown muted, not as news of the chosen dates.`)
};

const fr_event_background_note_window = /** @type {(inputs: Event_Background_Note_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contexte : les articles ne donnent pas de date, il est donc affiché en retrait, et non comme une actualité des dates choisies.`)
};

const de_event_background_note_window = /** @type {(inputs: Event_Background_Note_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hintergrund: Die Berichte nennen kein Datum, daher wird es abgeschwächt gezeigt, nicht als Nachricht der gewählten Daten.`)
};

const uk_event_background_note_window = /** @type {(inputs: Event_Background_Note_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тло: матеріали не називають дати, тому подію показано приглушено, а не як новину вибраних дат.`)
};

const ru_event_background_note_window = /** @type {(inputs: Event_Background_Note_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Фон: в материалах нет даты, поэтому событие показано приглушённо, а не как новость выбранных дат.`)
};

const ar_event_background_note_window = /** @type {(inputs: Event_Background_Note_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خلفية: لا تذكر التقارير تاريخًا، لذا يُعرض باهتًا لا كخبر من التواريخ المختارة.`)
};

/**
* | output |
* | --- |
* | "Background: the reports give no date, so it is shown muted, not as news of the chosen dates." |
*
* @param {Event_Background_Note_WindowInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_background_note_window = /** @type {((inputs?: Event_Background_Note_WindowInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_Background_Note_WindowInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_background_note_window(inputs)
	if (locale === "de") return de_event_background_note_window(inputs)
	if (locale === "uk") return uk_event_background_note_window(inputs)
	if (locale === "ru") return ru_event_background_note_window(inputs)
	if (locale === "ar") return ar_event_background_note_window(inputs)
	return en_event_background_note_window(inputs)
});