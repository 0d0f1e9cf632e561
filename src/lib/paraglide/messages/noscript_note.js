/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Noscript_NoteInputs */

const en_noscript_note = /** @type {(inputs: Noscript_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Without JavaScript the map is a still picture. Each event on it is listed below with the reports that state it.`)
};

const fr_noscript_note = /** @type {(inputs: Noscript_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sans JavaScript, la carte est une image fixe. Chaque événement qu’elle montre est listé ci-dessous avec les articles qui le rapportent.`)
};

const de_noscript_note = /** @type {(inputs: Noscript_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ohne JavaScript ist die Karte ein Standbild. Jedes Ereignis darauf ist unten aufgeführt, mit den Berichten, die es belegen.`)
};

const uk_noscript_note = /** @type {(inputs: Noscript_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без JavaScript карта — це нерухоме зображення. Кожну подію на ній наведено нижче разом із матеріалами, що про неї повідомляють.`)
};

const ru_noscript_note = /** @type {(inputs: Noscript_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Без JavaScript карта — это неподвижное изображение. Каждое событие на ней приведено ниже вместе с материалами, которые о нём сообщают.`)
};

const ar_noscript_note = /** @type {(inputs: Noscript_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`من دون JavaScript تكون الخريطة صورة ثابتة. كل حدث عليها مدرج أدناه مع التقارير التي تذكره.`)
};

/**
* | output |
* | --- |
* | "Without JavaScript the map is a still picture. Each event on it is listed below with the reports that state it." |
*
* @param {Noscript_NoteInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const noscript_note = /** @type {((inputs?: Noscript_NoteInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Noscript_NoteInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_noscript_note(inputs)
	if (locale === "de") return de_noscript_note(inputs)
	if (locale === "uk") return uk_noscript_note(inputs)
	if (locale === "ru") return ru_noscript_note(inputs)
	if (locale === "ar") return ar_noscript_note(inputs)
	return en_noscript_note(inputs)
});