/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Event_Figures_Hidden_SomeInputs */

const en_event_figures_hidden_some = /** @type {(inputs: Event_Figures_Hidden_SomeInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} more figure holds outside the chosen dates: choose All dates to see it.`);
	return /** @type {LocalizedString} */ (`${n} more figures hold outside the chosen dates: choose All dates to see them.`)
	
};

const fr_event_figures_hidden_some = /** @type {(inputs: Event_Figures_Hidden_SomeInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} autre chiffre se situe hors des dates choisies : choisissez Toutes les dates pour le voir.`);
	return /** @type {LocalizedString} */ (`${n} autres chiffres se situent hors des dates choisies : choisissez Toutes les dates pour les voir.`)
	
};

const de_event_figures_hidden_some = /** @type {(inputs: Event_Figures_Hidden_SomeInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} weitere Zahl liegt außerhalb der gewählten Daten: Wählen Sie „Alle Daten“, um sie zu sehen.`);
	return /** @type {LocalizedString} */ (`${n} weitere Zahlen liegen außerhalb der gewählten Daten: Wählen Sie „Alle Daten“, um sie zu sehen.`)
	
};

const uk_event_figures_hidden_some = /** @type {(inputs: Event_Figures_Hidden_SomeInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});return /** @type {LocalizedString} */ (`Ще цифр поза вибраними датами: ${i?.count}. Виберіть «Усі дати», щоб їх побачити.`)
};

const ru_event_figures_hidden_some = /** @type {(inputs: Event_Figures_Hidden_SomeInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});return /** @type {LocalizedString} */ (`Ещё цифр вне выбранных дат: ${i?.count}. Выберите «Все даты», чтобы их увидеть.`)
};

const ar_event_figures_hidden_some = /** @type {(inputs: Event_Figures_Hidden_SomeInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});return /** @type {LocalizedString} */ (`أرقام أخرى خارج التواريخ المختارة: ${i?.count}. اختر «كل التواريخ» لرؤيتها.`)
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} more figure holds outside the chosen dates: choose All dates to see it." |
* | * | "{n} more figures hold outside the chosen dates: choose All dates to see them." |
*
* @param {Event_Figures_Hidden_SomeInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_figures_hidden_some = /** @type {((inputs: Event_Figures_Hidden_SomeInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_Figures_Hidden_SomeInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_figures_hidden_some(inputs)
	if (locale === "de") return de_event_figures_hidden_some(inputs)
	if (locale === "uk") return uk_event_figures_hidden_some(inputs)
	if (locale === "ru") return ru_event_figures_hidden_some(inputs)
	if (locale === "ar") return ar_event_figures_hidden_some(inputs)
	return en_event_figures_hidden_some(inputs)
});