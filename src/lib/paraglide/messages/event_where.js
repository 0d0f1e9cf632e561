/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Event_WhereInputs */

const en_event_where = /** @type {(inputs: Event_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where`)
};

const fr_event_where = /** @type {(inputs: Event_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Où`)
};

const de_event_where = /** @type {(inputs: Event_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wo`)
};

const uk_event_where = /** @type {(inputs: Event_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Де`)
};

const ru_event_where = /** @type {(inputs: Event_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Где`)
};

const ar_event_where = /** @type {(inputs: Event_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أين`)
};

/**
* | output |
* | --- |
* | "Where" |
*
* @param {Event_WhereInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const event_where = /** @type {((inputs?: Event_WhereInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Event_WhereInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_event_where(inputs)
	if (locale === "de") return de_event_where(inputs)
	if (locale === "uk") return uk_event_where(inputs)
	if (locale === "ru") return ru_event_where(inputs)
	if (locale === "ar") return ar_event_where(inputs)
	return en_event_where(inputs)
});