/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Home_DescriptionInputs */

const en_home_description = /** @type {(inputs: Home_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Maps of where the events in news reports happened, every mark citing its sentence.`)
};

const fr_home_description = /** @type {(inputs: Home_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Des cartes des lieux où se sont produits les événements rapportés par la presse, chaque symbole citant sa phrase.`)
};

const de_home_description = /** @type {(inputs: Home_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Karten der Orte, an denen sich die Ereignisse aus Nachrichtenberichten zugetragen haben; jede Markierung zitiert ihren Satz.`)
};

const uk_home_description = /** @type {(inputs: Home_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мапи місць, де відбулися події з новинних матеріалів; кожна позначка цитує своє речення.`)
};

const ru_home_description = /** @type {(inputs: Home_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карты мест, где произошли события из новостных материалов; каждая метка цитирует своё предложение.`)
};

const ar_home_description = /** @type {(inputs: Home_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خرائط لأماكن وقوع الأحداث الواردة في التقارير الإخبارية، وكل علامة تستشهد بجملتها.`)
};

/**
* | output |
* | --- |
* | "Maps of where the events in news reports happened, every mark citing its sentence." |
*
* @param {Home_DescriptionInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const home_description = /** @type {((inputs?: Home_DescriptionInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_DescriptionInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_home_description(inputs)
	if (locale === "de") return de_home_description(inputs)
	if (locale === "uk") return uk_home_description(inputs)
	if (locale === "ru") return ru_home_description(inputs)
	if (locale === "ar") return ar_home_description(inputs)
	return en_home_description(inputs)
});