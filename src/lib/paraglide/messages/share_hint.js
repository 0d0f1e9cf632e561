/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_HintInputs */

const en_share_hint = /** @type {(inputs: Share_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Both keep what is on screen now: the map position, the dates and the selection.`)
};

const fr_share_hint = /** @type {(inputs: Share_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les deux conservent ce qui est à l’écran : la position de la carte, les dates et la sélection.`)
};

const de_share_hint = /** @type {(inputs: Share_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beide behalten, was jetzt zu sehen ist: den Kartenausschnitt, die Daten und die Auswahl.`)
};

const uk_share_hint = /** @type {(inputs: Share_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обидва варіанти зберігають те, що зараз на екрані: положення мапи, дати й вибране.`)
};

const ru_share_hint = /** @type {(inputs: Share_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Оба варианта сохраняют то, что сейчас на экране: положение карты, даты и выбор.`)
};

const ar_share_hint = /** @type {(inputs: Share_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`يحتفظ كلاهما بما يظهر الآن على الشاشة: موضع الخريطة والتواريخ والعنصر المحدَّد.`)
};

/**
* | output |
* | --- |
* | "Both keep what is on screen now: the map position, the dates and the selection." |
*
* @param {Share_HintInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const share_hint = /** @type {((inputs?: Share_HintInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_HintInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_share_hint(inputs)
	if (locale === "de") return de_share_hint(inputs)
	if (locale === "uk") return uk_share_hint(inputs)
	if (locale === "ru") return ru_share_hint(inputs)
	if (locale === "ar") return ar_share_hint(inputs)
	return en_share_hint(inputs)
});