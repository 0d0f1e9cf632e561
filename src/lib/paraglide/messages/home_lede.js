/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Home_LedeInputs */

const en_home_lede = /** @type {(inputs: Home_LedeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where the events in a set of news reports happened, and who moved, met and deployed. Every mark cites the sentence of the report that states it.`)
};

const fr_home_lede = /** @type {(inputs: Home_LedeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Où se sont produits les événements d’un ensemble d’articles de presse, et qui s’est déplacé, rencontré ou déployé. Chaque symbole cite la phrase de l’article qui l’établit.`)
};

const de_home_lede = /** @type {(inputs: Home_LedeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wo sich die Ereignisse einer Reihe von Nachrichtenberichten zugetragen haben und wer reiste, sich traf oder Truppen verlegte. Jede Markierung zitiert den Satz des Berichts, der sie belegt.`)
};

const uk_home_lede = /** @type {(inputs: Home_LedeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Де відбулися події з добірки новинних матеріалів і хто куди переміщувався, з ким зустрічався та де розгортав війська. Кожна позначка цитує речення матеріалу, яке про це повідомляє.`)
};

const ru_home_lede = /** @type {(inputs: Home_LedeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Где произошли события из подборки новостных материалов и кто куда перемещался, с кем встречался и где развёртывал войска. Каждая метка цитирует предложение материала, которое об этом сообщает.`)
};

const ar_home_lede = /** @type {(inputs: Home_LedeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أين وقعت الأحداث الواردة في مجموعة من التقارير الإخبارية، ومن تنقّل والتقى ونشر قوات. كل علامة تستشهد بجملة التقرير التي تذكرها.`)
};

/**
* | output |
* | --- |
* | "Where the events in a set of news reports happened, and who moved, met and deployed. Every mark cites the sentence of the report that states it." |
*
* @param {Home_LedeInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const home_lede = /** @type {((inputs?: Home_LedeInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_LedeInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_home_lede(inputs)
	if (locale === "de") return de_home_lede(inputs)
	if (locale === "uk") return uk_home_lede(inputs)
	if (locale === "ru") return ru_home_lede(inputs)
	if (locale === "ar") return ar_home_lede(inputs)
	return en_home_lede(inputs)
});