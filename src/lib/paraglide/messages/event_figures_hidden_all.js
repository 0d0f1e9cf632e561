/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Event_Figures_Hidden_AllInputs */

const en_event_figures_hidden_all = /** @type {(inputs: Event_Figures_Hidden_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Its figure holds outside the chosen dates: choose All dates to see it.`);
	return /** @type {LocalizedString} */ (`Its figures hold outside the chosen dates: choose All dates to see them.`)
	
};

const fr_event_figures_hidden_all = /** @type {(inputs: Event_Figures_Hidden_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Son chiffre se situe hors des dates choisies : choisissez Toutes les dates pour le voir.`);
	return /** @type {LocalizedString} */ (`Ses chiffres se situent hors des dates choisies : choisissez Toutes les dates pour les voir.`)
	
};

const de_event_figures_hidden_all = /** @type {(inputs: Event_Figures_Hidden_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Seine Zahl liegt außerhalb der gewählten Daten: Wählen Sie „Alle Daten“, um sie zu sehen.`);
	return /** @type {LocalizedString} */ (`Seine Zahlen liegen außerhalb der gewählten Daten: Wählen Sie „Alle Daten“, um sie zu sehen.`)
	
};

const uk_event_figures_hidden_all = /** @type {(inputs: Event_Figures_Hidden_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Цифри цієї події поза вибраними датами: виберіть «Усі дати», щоб їх побачити.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Цифри цієї події поза вибраними датами: виберіть «Усі дати», щоб їх побачити.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Цифри цієї події поза вибраними датами: виберіть «Усі дати», щоб їх побачити.`);
	return /** @type {LocalizedString} */ (`Цифри цієї події поза вибраними датами: виберіть «Усі дати», щоб їх побачити.`)
	
};

const ru_event_figures_hidden_all = /** @type {(inputs: Event_Figures_Hidden_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Цифры этого события вне выбранных дат: выберите «Все даты», чтобы их увидеть.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Цифры этого события вне выбранных дат: выберите «Все даты», чтобы их увидеть.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Цифры этого события вне выбранных дат: выберите «Все даты», чтобы их увидеть.`);
	return /** @type {LocalizedString} */ (`Цифры этого события вне выбранных дат: выберите «Все даты», чтобы их увидеть.`)
	
};

const ar_event_figures_hidden_all = /** @type {(inputs: Event_Figures_Hidden_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {LocalizedString} */ (`أرقام هذا الحدث خارج التواريخ المختارة: اختر «كل التواريخ» لرؤيتها.`);
	if (countPlural === "one") return /** @type {LocalizedString} */ (`أرقام هذا الحدث خارج التواريخ المختارة: اختر «كل التواريخ» لرؤيتها.`);
	if (countPlural === "two") return /** @type {LocalizedString} */ (`أرقام هذا الحدث خارج التواريخ المختارة: اختر «كل التواريخ» لرؤيتها.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`أرقام هذا الحدث خارج التواريخ المختارة: اختر «كل التواريخ» لرؤيتها.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`أرقام هذا الحدث خارج التواريخ المختارة: اختر «كل التواريخ» لرؤيتها.`);
	return /** @type {LocalizedString} */ (`أرقام هذا الحدث خارج التواريخ المختارة: اختر «كل التواريخ» لرؤيتها.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Its figure holds outside the chosen dates: choose All dates to see it." |
* | * | "Its figures hold outside the chosen dates: choose All dates to see them." |
*
* @param {Event_Figures_Hidden_AllInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_figures_hidden_all = /** @type {((inputs: Event_Figures_Hidden_AllInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_Figures_Hidden_AllInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_figures_hidden_all(inputs)
	if (locale === "de") return de_event_figures_hidden_all(inputs)
	if (locale === "uk") return uk_event_figures_hidden_all(inputs)
	if (locale === "ru") return ru_event_figures_hidden_all(inputs)
	if (locale === "ar") return ar_event_figures_hidden_all(inputs)
	return en_event_figures_hidden_all(inputs)
});