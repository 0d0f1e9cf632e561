/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_CommentatorsInputs */

const en_event_commentators = /** @type {(inputs: Event_CommentatorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Commented or reported by`)
};

const fr_event_commentators = /** @type {(inputs: Event_CommentatorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Commenté ou rapporté par`)
};

const de_event_commentators = /** @type {(inputs: Event_CommentatorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommentiert oder berichtet von`)
};

const uk_event_commentators = /** @type {(inputs: Event_CommentatorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коментували або повідомили`)
};

const ru_event_commentators = /** @type {(inputs: Event_CommentatorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Комментировали или сообщили`)
};

const ar_event_commentators = /** @type {(inputs: Event_CommentatorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`علّق عليه أو نقله`)
};

/**
* | output |
* | --- |
* | "Commented or reported by" |
*
* @param {Event_CommentatorsInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_commentators = /** @type {((inputs?: Event_CommentatorsInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_CommentatorsInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_commentators(inputs)
	if (locale === "de") return de_event_commentators(inputs)
	if (locale === "uk") return uk_event_commentators(inputs)
	if (locale === "ru") return ru_event_commentators(inputs)
	if (locale === "ar") return ar_event_commentators(inputs)
	return en_event_commentators(inputs)
});