/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_Figures_Hidden_AllInputs */

const en_event_figures_hidden_all = /** @type {(inputs: Event_Figures_Hidden_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Outside the chosen dates: choose All dates to see this event’s figures.`)
};

const fr_event_figures_hidden_all = /** @type {(inputs: Event_Figures_Hidden_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hors des dates choisies : choisissez Toutes les dates pour voir les chiffres de cet événement.`)
};

const de_event_figures_hidden_all = /** @type {(inputs: Event_Figures_Hidden_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Außerhalb der gewählten Daten: Wählen Sie „Alle Daten“, um die Zahlen dieses Ereignisses zu sehen.`)
};

const uk_event_figures_hidden_all = /** @type {(inputs: Event_Figures_Hidden_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Поза вибраними датами: виберіть «Усі дати», щоб побачити цифри цієї події.`)
};

const ru_event_figures_hidden_all = /** @type {(inputs: Event_Figures_Hidden_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вне выбранных дат: выберите «Все даты», чтобы увидеть цифры этого события.`)
};

const ar_event_figures_hidden_all = /** @type {(inputs: Event_Figures_Hidden_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خارج التواريخ المختارة: اختر «كل التواريخ» لرؤية أرقام هذا الحدث.`)
};

/**
* | output |
* | --- |
* | "Outside the chosen dates: choose All dates to see this event’s figures." |
*
* @param {Event_Figures_Hidden_AllInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_figures_hidden_all = /** @type {((inputs?: Event_Figures_Hidden_AllInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_Figures_Hidden_AllInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_figures_hidden_all(inputs)
	if (locale === "de") return de_event_figures_hidden_all(inputs)
	if (locale === "uk") return uk_event_figures_hidden_all(inputs)
	if (locale === "ru") return ru_event_figures_hidden_all(inputs)
	if (locale === "ar") return ar_event_figures_hidden_all(inputs)
	return en_event_figures_hidden_all(inputs)
});